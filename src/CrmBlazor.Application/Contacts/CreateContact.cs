using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>
/// A new person or organisation with its first coordinates. Unless <paramref name="DuplicatesConfirmed"/>,
/// probable duplicates stop the creation and are returned for the operator to look at first.
/// </summary>
public sealed record CreateContactCommand(
    ContactKind Kind,
    Civility? Civility,
    string? FirstName,
    string? LastName,
    string? OrganisationName,
    string? Siret,
    OrganisationKind? OrganisationKind,
    DateOnly? BirthDate,
    PostalAddress? Address,
    string? Email,
    string? Phone,
    PhoneType PhoneType,
    long OriginCampaignId,
    bool DuplicatesConfirmed = false);

public sealed record CreateContactOutcome(long? ContactId, long? MemberNumber, IReadOnlyList<ContactSearchHit> Duplicates, IReadOnlyList<string> Errors)
{
    public bool Created => ContactId is not null;
}

public sealed class CreateContactValidator : AbstractValidator<CreateContactCommand>
{
    public CreateContactValidator()
    {
        When(c => c.Kind == ContactKind.Person, () =>
        {
            RuleFor(c => c.LastName).NotEmpty().WithMessage(Messages.Contact_LastNameRequired)
                .MaximumLength(ContactLimits.NameMaxLength).WithMessage(string.Format(Messages.Contact_NameTooLong, ContactLimits.NameMaxLength));
            RuleFor(c => c.FirstName).MaximumLength(ContactLimits.NameMaxLength)
                .WithMessage(string.Format(Messages.Contact_NameTooLong, ContactLimits.NameMaxLength));
        });
        When(c => c.Kind == ContactKind.Organisation, () =>
        {
            RuleFor(c => c.OrganisationName).NotEmpty().WithMessage(Messages.Contact_OrganisationNameRequired)
                .MaximumLength(ContactLimits.OrganisationNameMaxLength)
                .WithMessage(string.Format(Messages.Contact_NameTooLong, ContactLimits.OrganisationNameMaxLength));
            RuleFor(c => c.Siret).Must(s => string.IsNullOrWhiteSpace(s) || Siret.IsValid(s.Replace(" ", "", StringComparison.Ordinal)))
                .WithMessage(Messages.Contact_SiretInvalid);
        });
        RuleFor(c => c.Email!).ValidContactEmail().When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).Must(p => ValidPhoneNumber.TryParse(p) is not null).When(c => !string.IsNullOrWhiteSpace(c.Phone))
            .WithMessage(c => string.Format(Messages.Phone_Invalid, c.Phone));
        RuleFor(c => c.Address!).Must(a => !string.IsNullOrWhiteSpace(a.PostalCode) && !string.IsNullOrWhiteSpace(a.City))
            .When(c => c.Address is not null).WithMessage(Messages.Address_PostalCodeAndCityRequired);
    }
}

public sealed class CreateContactHandler(
    IDbContextFactory<AppDbContext> dbFactory, FindDuplicatesHandler duplicates, TimeProvider clock, IValidator<CreateContactCommand> validator)
{
    public async Task<CreateContactOutcome> HandleAsync(CreateContactCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return Failed(validation.Errors.Select(e => e.ErrorMessage).Distinct().ToArray());
        }

        if (!command.DuplicatesConfirmed)
        {
            var probable = await duplicates.HandleAsync(FindDuplicatesQuery.For(command), ct);
            if (probable.Count > 0)
            {
                return new CreateContactOutcome(null, null, probable, []);
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ContactEmailsHandler.CampaignProblemAsync(db, command.OriginCampaignId, ct) is { } problem)
        {
            return Failed(problem);
        }

        try
        {
            var contact = await AddNewAsync(db, command, ParisTime.Today(clock), ct);
            await db.SaveChangesAsync(ct);
            return new CreateContactOutcome(contact.Id, contact.MemberNumber, [], []);
        }
        catch (DomainException ex)
        {
            return Failed(ex.Message);
        }
    }

    /// <summary>
    /// Adds the contact and its first coordinates to <paramref name="db"/> without saving: the command must have passed
    /// <see cref="CreateContactValidator"/>. Imports call it to create a donor inside their own transaction.
    /// </summary>
    internal static async Task<Contact> AddNewAsync(AppDbContext db, CreateContactCommand command, DateOnly today, CancellationToken ct)
    {
        var memberNumber = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{Infrastructure.Data.Configurations.ContactConfiguration.MemberNumberSequence}') AS \"Value\"")
            .SingleAsync(ct);
        var contact = command.Kind == ContactKind.Person
            ? Contact.NewPerson(memberNumber, command.Civility, command.FirstName, command.LastName!, today, command.OriginCampaignId)
            : Contact.NewOrganisation(memberNumber, command.OrganisationName!, command.Siret, command.OrganisationKind ?? OrganisationKind.Association, today, command.OriginCampaignId);
        contact.SetBirthDate(command.Kind == ContactKind.Person ? command.BirthDate : null);
        db.Contacts.Add(contact);
        if (command.Address is { } address)
        {
            db.ContactAddresses.Add(ContactAddress.Main(contact.Id, address));
        }

        if (!string.IsNullOrWhiteSpace(command.Email))
        {
            db.ContactEmails.Add(ContactEmail.Enter(contact.Id, command.Email, today, command.OriginCampaignId));
        }

        if (ValidPhoneNumber.TryParse(command.Phone) is { } phone)
        {
            db.ContactPhones.Add(ContactPhone.Add(contact.Id, command.PhoneType, phone));
        }

        return contact;
    }

    private static CreateContactOutcome Failed(params string[] errors) => new(null, null, [], errors);
}
