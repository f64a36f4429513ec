using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>Replaces the notepad; <paramref name="Expected"/> is the text the operator started from.</summary>
public sealed record EditNotepadCommand(long ContactId, string? Expected, string? Text);

public sealed class EditNotepadValidator : AbstractValidator<EditNotepadCommand>
{
    public EditNotepadValidator() =>
        RuleFor(c => c.Text).MaximumLength(ContactLimits.NotepadMaxLength)
            .WithMessage(string.Format(Messages.Contact_NotepadTooLong, ContactLimits.NotepadMaxLength));
}

public sealed class EditNotepadHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<EditNotepadCommand> validator)
{
    public async Task<CommandResult> HandleAsync(EditNotepadCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        return await ContactEditing.EditAsync(
            dbFactory, command.ContactId, c => c.Notepad, Normalize(command.Expected),
            c => c.EditNotepad(command.Text), ContactEditing.Shown, ct);
    }

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
