using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Documents;

/// <summary>A file received from or about the contact (a scanned letter, a will), kept in the GED.</summary>
public sealed record UploadDocument(long ContactId, string Title, string FileName, string ContentType, byte[] Content);

public sealed class UploadDocumentValidator : AbstractValidator<UploadDocument>
{
    /// <summary>What staff scan or receive; anything else is refused rather than stored blindly.</summary>
    public static readonly IReadOnlySet<string> AcceptedTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/jpeg", "image/png", "image/tiff", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text", "application/msword",
    };

    public UploadDocumentValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage(Messages.Document_TitleRequired)
            .MaximumLength(Document.TitleMaxLength).WithMessage(string.Format(Messages.Document_TitleTooLong, Document.TitleMaxLength));
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(Document.FileNameMaxLength)
            .WithMessage(string.Format(Messages.Document_FileNameTooLong, Document.FileNameMaxLength));
        RuleFor(c => c.ContentType).Must(AcceptedTypes.Contains).WithMessage(Messages.Document_TypeRefused);
        RuleFor(c => c.Content).NotEmpty().WithMessage(Messages.Document_Empty)
            .Must(c => c.LongLength <= Document.MaxUploadBytes)
            .WithMessage(string.Format(Messages.Document_TooLarge, Document.MaxUploadBytes / (1024 * 1024)));
    }
}

public sealed class UploadDocumentHandler(
    IDbContextFactory<AppDbContext> dbFactory, IDocumentStore store, IValidator<UploadDocument> validator, ActorContext actor, TimeProvider clock)
{
    public async Task<CommandResult<long>> HandleAsync(UploadDocument command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult<long>.Fail(Messages.Contact_NotFound);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var key = await store.PutAsync(db, command.Content, ct);
        var document = Document.Stored(
            command.ContactId, DocumentKind.Upload, command.Title.Trim(), Path.GetFileName(command.FileName), command.ContentType,
            command.Content.LongLength, key, now, actor.Current.Name);
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        db.DocumentDeliveries.Add(DocumentDelivery.Record(document.Id, command.ContactId, DeliveryChannel.Upload, null, now, actor.Current.Name));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommandResult<long>.Ok(document.Id);
    }
}
