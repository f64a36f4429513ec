using CrmBlazor.Application.Organisation;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Administration;

public sealed partial class OrganisationPage
{
    private OrganisationForm _form = new();
    private OrganisationProfile? _current;
    private IReadOnlyList<string> _errors = [];
    private bool _loaded;
    private bool _busy;

    [Inject] private CurrentOrganisationProfileHandler Current { get; set; } = default!;
    [Inject] private SaveOrganisationProfileHandler Save { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _current = await Current.HandleAsync();
        _form = _current is null ? new OrganisationForm() : OrganisationForm.From(_current.Identity);
        _errors = [];
        _loaded = true;
    }

    private string RevisionText() => _current is null
        ? Ui.Organisation_NoRevision
        : string.Format(Ui.Organisation_RevisionInfo, _current.Revision, Display.DateTime(_current.SavedAt), _current.SavedBy);

    private async Task UploadSignatureAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > OrganisationProfile.SignatureMaxBytes)
        {
            _errors = [Ui.Organisation_SignatureTooLarge];
            return;
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(OrganisationProfile.SignatureMaxBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        var image = buffer.ToArray();
        if (SignatureImages.ContentTypeOf(image) is not { } contentType)
        {
            _errors = [Ui.Organisation_SignatureFormat];
            return;
        }

        (_form.SignatureImage, _form.SignatureContentType) = (image, contentType);
        _errors = [];
    }

    private void RemoveSignature() => (_form.SignatureImage, _form.SignatureContentType) = (null, null);

    private async Task SaveAsync()
    {
        _busy = true;
        var result = await Save.HandleAsync(new SaveOrganisationProfileCommand(_current?.Revision, _form.ToIdentity()));
        _busy = false;
        if (!result.Succeeded)
        {
            _errors = result.Errors;
            return;
        }

        Snackbar.Add(string.Format(Ui.Organisation_Saved, result.Value), Severity.Success);
        await LoadAsync();
    }

    /// <summary>The form's fields, filled from the current revision; saving builds a new identity from them.</summary>
    private sealed class OrganisationForm
    {
        public string Name { get; set; } = "";
        public string SirenOrRna { get; set; } = "";
        public string Street { get; set; } = "";
        public string PostCode { get; set; } = "";
        public string City { get; set; } = "";
        public string Country { get; set; } = Ui.Organisation_DefaultCountry;
        public string Object { get; set; } = "";
        public OrganisationCategory Category { get; set; } = OrganisationCategory.GeneralInterestAssociation;
        public string? CategoryDetail { get; set; }
        public bool Article200 { get; set; } = true;
        public bool Article978 { get; set; }
        public string SignatoryName { get; set; } = "";
        public string SignatoryTitle { get; set; } = "";
        public byte[]? SignatureImage { get; set; }
        public string? SignatureContentType { get; set; }
        public string BankName { get; set; } = "";
        public string AccountHolder { get; set; } = "";
        public string Iban { get; set; } = "";
        public string? Bic { get; set; }
        public string? SepaCreditorId { get; set; }
        public bool ReceiptsSkipSuspended { get; set; } = true;

        public static OrganisationForm From(OrganisationIdentity identity) => new()
        {
            Name = identity.Name, SirenOrRna = identity.SirenOrRna, Street = identity.Street, PostCode = identity.PostCode, City = identity.City,
            Country = identity.Country, Object = identity.Object, Category = identity.Category, CategoryDetail = identity.CategoryDetail,
            Article200 = identity.Article200, Article978 = identity.Article978, SignatoryName = identity.SignatoryName,
            SignatoryTitle = identity.SignatoryTitle, SignatureImage = identity.SignatureImage, SignatureContentType = identity.SignatureContentType,
            BankName = identity.BankName, AccountHolder = identity.AccountHolder, Iban = Domain.Payments.Iban.Format(identity.Iban), Bic = identity.Bic,
            SepaCreditorId = identity.SepaCreditorId, ReceiptsSkipSuspended = identity.ReceiptsSkipSuspended,
        };

        public OrganisationIdentity ToIdentity() => new(
            Name, SirenOrRna, Street, PostCode, City, Country, Object, Category, CategoryDetail, Article200, Article978,
            SignatoryName, SignatoryTitle, SignatureImage, SignatureContentType, BankName, AccountHolder, Iban, Bic, ReceiptsSkipSuspended, SepaCreditorId);
    }
}
