using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Identity;
using FluentValidation;

namespace CrmBlazor.Application.Staff;

/// <summary>Rules shared by every command that names a staff member's email, name or role.</summary>
public static class StaffAccountValidation
{
    public static IRuleBuilderOptions<T, string> ValidStaffEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(Messages.Validation_EmailRequired)
            .MaximumLength(StaffUser.EmailMaxLength).WithMessage(string.Format(Messages.Validation_EmailTooLong, StaffUser.EmailMaxLength))
            .EmailAddress().WithMessage(Messages.Validation_EmailInvalid);

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(Messages.Validation_DisplayNameRequired)
            .MaximumLength(StaffUser.DisplayNameMaxLength)
            .WithMessage(string.Format(Messages.Validation_DisplayNameTooLong, StaffUser.DisplayNameMaxLength));

    public static IRuleBuilderOptions<T, string> ValidRole<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(StaffRoles.IsKnown).WithMessage(Messages.Validation_RoleUnknown);
}
