using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

public sealed record EditMemosCommand(long ContactId, ContactMemos Expected, ContactMemos Memos);

public sealed class EditMemosValidator : AbstractValidator<EditMemosCommand>
{
    public EditMemosValidator()
    {
        var message = string.Format(Messages.Contact_MemoTooLong, ContactLimits.MemoMaxLength);
        RuleFor(c => c.Memos.General).MaximumLength(ContactLimits.MemoMaxLength).WithMessage(message);
        RuleFor(c => c.Memos.Alert).MaximumLength(ContactLimits.MemoMaxLength).WithMessage(message);
        RuleFor(c => c.Memos.Legacy).MaximumLength(ContactLimits.MemoMaxLength).WithMessage(message);
        RuleFor(c => c.Memos.PortalMessage).MaximumLength(ContactLimits.MemoMaxLength).WithMessage(message);
    }
}

public sealed class EditMemosHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<EditMemosCommand> validator)
{
    public async Task<CommandResult> HandleAsync(EditMemosCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        return await ContactEditing.EditAsync(
            dbFactory, command.ContactId, c => c.Memos, Normalize(command.Expected),
            c => c.EditMemos(command.Memos), Describe, ct);
    }

    private static ContactMemos Normalize(ContactMemos m) => new(Clean(m.General), Clean(m.Alert), Clean(m.Legacy), Clean(m.PortalMessage));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(ContactMemos m) =>
        $"{Messages.Memo_General} : {ContactEditing.Shown(m.General)} · {Messages.Memo_Alert} : {ContactEditing.Shown(m.Alert)} · "
        + $"{Messages.Memo_Legacy} : {ContactEditing.Shown(m.Legacy)} · {Messages.Memo_Portal} : {ContactEditing.Shown(m.PortalMessage)}";
}
