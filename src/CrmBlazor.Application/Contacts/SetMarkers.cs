using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>Sets suspension, stop-promo and receipt preference together, from the values the operator saw.</summary>
public sealed record SetMarkersCommand(long ContactId, ContactMarkers Expected, ContactMarkers Markers);

public sealed class SetMarkersValidator : AbstractValidator<SetMarkersCommand>
{
    public SetMarkersValidator() =>
        RuleFor(c => c.Markers).Must(m => m.SuspensionCodeId is null || m.SuspendedOn is not null)
            .WithMessage(Messages.Contact_SuspensionNeedsDate);
}

public sealed class SetMarkersHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SetMarkersCommand> validator)
{
    public async Task<CommandResult> HandleAsync(SetMarkersCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var wanted = command.Markers;
        if (wanted.SuspensionCodeId is { } codeId)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (!await db.SuspensionCodes.AnyAsync(s => s.Id == codeId && s.IsActive, ct))
            {
                return CommandResult.Fail(Messages.Contact_SuspensionCodeUnknown);
            }
        }

        return await ContactEditing.EditAsync(
            dbFactory, command.ContactId, ContactHeaderHandler.MarkersOf, command.Expected,
            c =>
            {
                if (wanted.SuspensionCodeId is { } id)
                {
                    c.Suspend(id, wanted.SuspendedOn!.Value);
                }
                else
                {
                    c.LiftSuspension();
                }

                c.SetMarkers(wanted.NoSolicitation, wanted.ReceiptPreference);
            },
            m => string.Format(Messages.Contact_MarkersNow, m.SuspensionCodeId is null ? Messages.Contact_NotSuspended : Messages.Contact_Suspended,
                m.NoSolicitation ? Messages.Common_Yes : Messages.Common_No, EnumLabels.Of(m.ReceiptPreference)),
            ct);
    }
}
