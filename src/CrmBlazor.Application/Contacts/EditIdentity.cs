using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>Corrects who the contact is (names, dates, SIRET) from the values the operator saw.</summary>
public sealed record EditIdentityCommand(long ContactId, ContactIdentity Expected, ContactIdentity Identity);

public sealed class EditIdentityValidator : AbstractValidator<EditIdentityCommand>
{
    public EditIdentityValidator()
    {
        var tooLong = string.Format(Messages.Contact_NameTooLong, ContactLimits.NameMaxLength);
        RuleFor(c => c.Identity.FirstName).MaximumLength(ContactLimits.NameMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Identity.LastName).MaximumLength(ContactLimits.NameMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Identity.OrganisationName).MaximumLength(ContactLimits.OrganisationNameMaxLength)
            .WithMessage(string.Format(Messages.Contact_NameTooLong, ContactLimits.OrganisationNameMaxLength));
        RuleFor(c => c.Identity.Siret).Must(s => string.IsNullOrWhiteSpace(s) || Siret.IsValid(s.Replace(" ", "", StringComparison.Ordinal)))
            .WithMessage(Messages.Contact_SiretInvalid);
    }
}

public sealed class EditIdentityHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<EditIdentityCommand> validator)
{
    public async Task<CommandResult> HandleAsync(EditIdentityCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var wanted = command.Identity;
        return await ContactEditing.EditAsync(
            dbFactory, command.ContactId, ContactHeaderHandler.IdentityOf, command.Expected,
            c =>
            {
                if (c.Kind == ContactKind.Person)
                {
                    c.RenamePerson(wanted.Civility, wanted.FirstName, wanted.LastName ?? "");
                    c.SetBirthDate(wanted.BirthDate);
                }
                else
                {
                    c.RenameOrganisation(wanted.OrganisationName ?? "", wanted.Siret, wanted.OrganisationKind ?? OrganisationKind.Association);
                }

                c.SetEntryDate(wanted.EntryDate);
            },
            i => ContactNames.Display(i.OrganisationName is null ? ContactKind.Person : ContactKind.Organisation, i.Civility, i.FirstName, i.LastName, i.OrganisationName),
            ct);
    }
}
