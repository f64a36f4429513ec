using System.Globalization;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Organisation;

/// <summary>
/// Saves the organisation's identity as a new revision. <paramref name="StartedFromRevision"/> is the revision the
/// administrator's form was loaded from (null when there was none): a newer one means someone saved meanwhile.
/// </summary>
public sealed record SaveOrganisationProfileCommand(int? StartedFromRevision, OrganisationIdentity Identity);

public sealed class SaveOrganisationProfileValidator : AbstractValidator<SaveOrganisationProfileCommand>
{
    public SaveOrganisationProfileValidator() => RuleFor(c => c.Identity).SetValidator(new OrganisationIdentityValidator());
}

public sealed class OrganisationIdentityValidator : AbstractValidator<OrganisationIdentity>
{
    public OrganisationIdentityValidator()
    {
        Text(i => i.Name, Messages.Organisation_Field_Name, OrganisationProfile.NameMaxLength);
        RuleFor(i => i.SirenOrRna).NotEmpty().WithMessage(string.Format(Messages.Organisation_Required, Messages.Organisation_Field_SirenOrRna))
            .Must(OrganisationIdentifier.IsValid).When(i => !string.IsNullOrWhiteSpace(i.SirenOrRna)).WithMessage(Messages.Organisation_SirenOrRnaInvalid);
        Text(i => i.Street, Messages.Organisation_Field_Street, OrganisationProfile.StreetMaxLength);
        Text(i => i.PostCode, Messages.Organisation_Field_PostCode, OrganisationProfile.PostCodeMaxLength);
        Text(i => i.City, Messages.Organisation_Field_City, OrganisationProfile.CityMaxLength);
        Text(i => i.Country, Messages.Organisation_Field_Country, OrganisationProfile.CountryMaxLength);
        Text(i => i.Object, Messages.Organisation_Field_Object, OrganisationProfile.ObjectMaxLength);
        RuleFor(i => i.Category).IsInEnum().WithMessage(Messages.Organisation_CategoryUnknown);
        RuleFor(i => i.CategoryDetail).NotEmpty().When(i => i.Category is OrganisationCategory.PublicUtility or OrganisationCategory.Other)
            .WithMessage(Messages.Organisation_CategoryDetailRequired)
            .MaximumLength(OrganisationProfile.DetailMaxLength)
            .WithMessage(string.Format(Messages.Organisation_TooLong, Messages.Organisation_Field_CategoryDetail, OrganisationProfile.DetailMaxLength));
        RuleFor(i => i.Article200).Equal(true).When(i => !i.Article978).WithMessage(Messages.Organisation_ArticleRequired);
        Text(i => i.SignatoryName, Messages.Organisation_Field_SignatoryName, OrganisationProfile.PersonMaxLength);
        Text(i => i.SignatoryTitle, Messages.Organisation_Field_SignatoryTitle, OrganisationProfile.PersonMaxLength);
        RuleFor(i => i.SignatureImage)
            .Must(image => image!.Length <= OrganisationProfile.SignatureMaxBytes).WithMessage(Messages.Organisation_SignatureTooLarge)
            .Must(image => SignatureImages.ContentTypeOf(image!) is not null).WithMessage(Messages.Organisation_SignatureFormat)
            .When(i => i.SignatureImage is not null);
        Text(i => i.BankName, Messages.Organisation_Field_BankName, OrganisationProfile.BankMaxLength);
        Text(i => i.AccountHolder, Messages.Organisation_Field_AccountHolder, OrganisationProfile.PersonMaxLength);
        RuleFor(i => i.Iban).NotEmpty().WithMessage(string.Format(Messages.Organisation_Required, Messages.Organisation_Field_Iban))
            .Must(Iban.IsValid).When(i => !string.IsNullOrWhiteSpace(i.Iban)).WithMessage(Messages.Organisation_IbanInvalid);
        RuleFor(i => i.Bic).Must(Bic.IsValid).When(i => !string.IsNullOrWhiteSpace(i.Bic)).WithMessage(Messages.Organisation_BicInvalid);
        RuleFor(i => i.SepaCreditorId).Must(CreditorIdentifier.IsValid).When(i => !string.IsNullOrWhiteSpace(i.SepaCreditorId))
            .WithMessage(i => CreditorIdentifier.Explain(i.SepaCreditorId));
    }

    private void Text(System.Linq.Expressions.Expression<Func<OrganisationIdentity, string>> field, string label, int maxLength) =>
        RuleFor(field)
            .NotEmpty().WithMessage(string.Format(Messages.Organisation_Required, label))
            .MaximumLength(maxLength).WithMessage(string.Format(Messages.Organisation_TooLong, label, maxLength));
}

public sealed class SaveOrganisationProfileHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor, IValidator<SaveOrganisationProfileCommand> validator)
{
    /// <summary>Returns the new revision's number.</summary>
    public async Task<CommandResult<int>> HandleAsync(SaveOrganisationProfileCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<int>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await OrganisationProfiles.LatestAsync(db, ct);
        if (current?.Revision != command.StartedFromRevision)
        {
            return CommandResult<int>.Fail(Conflict(current));
        }

        try
        {
            var profile = OrganisationProfile.NextRevision(current?.Revision, Normalized(command.Identity), clock.GetUtcNow(), actor.Current.Name);
            db.OrganisationProfiles.Add(profile);
            await db.SaveChangesAsync(ct);
            return CommandResult<int>.Ok(profile.Revision);
        }
        catch (DomainException ex)
        {
            return CommandResult<int>.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another administrator saved the same next revision a moment earlier.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            return CommandResult<int>.Fail(Conflict(await OrganisationProfiles.LatestAsync(again, ct)));
        }
    }

    private static OrganisationIdentity Normalized(OrganisationIdentity identity) => identity with
    {
        SirenOrRna = OrganisationIdentifier.Normalize(identity.SirenOrRna),
        Iban = Iban.Normalize(identity.Iban) ?? "",
        Bic = Bic.Normalize(identity.Bic),
        SepaCreditorId = string.IsNullOrWhiteSpace(identity.SepaCreditorId) ? null : CreditorIdentifier.Normalize(identity.SepaCreditorId),
        SignatureContentType = identity.SignatureImage is { } image ? SignatureImages.ContentTypeOf(image) : null,
    };

    private static string Conflict(OrganisationProfile? current) =>
        current is null
            ? Messages.Organisation_ConflictNone
            : string.Format(Messages.Organisation_Conflict, current.Revision, current.SavedBy, ParisTime.ToParis(current.SavedAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
}

/// <summary>Signature images are recognised by their first bytes, not by what the browser claims.</summary>
public static class SignatureImages
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static string? ContentTypeOf(byte[] image) =>
        image.AsSpan().StartsWith(Png) ? "image/png"
        : image.AsSpan().StartsWith(Jpeg) ? "image/jpeg"
        : null;
}
