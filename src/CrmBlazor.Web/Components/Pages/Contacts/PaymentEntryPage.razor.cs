using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>
/// Encaissement: the contact's header (alert memo in sight) above the payment and what it pays for.
/// Saved only when the lines add up to the payment; then back to the record's Dons tab.
/// </summary>
public sealed partial class PaymentEntryPage
{
    private readonly PaymentEntryModel _model = new();
    private PaymentEntryForm? _form;
    private PaymentCampaign? _typedCampaign;
    private string? _campaignError;
    private IReadOnlyList<string> _errors = [];
    private bool _missing;
    private bool _busy;

    [Parameter] public long Id { get; set; }

    [Inject] private PaymentEntryFormHandler Form { get; set; } = default!;
    [Inject] private EnterPaymentHandler Enter { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private DateOnly Today => ParisTime.Today(Clock);

    private string? CampaignHelp => (_typedCampaign ?? _form?.DefaultCampaign) is { } campaign
        ? $"{EnumLabels.Of(campaign.Source)} : {campaign.Code} · {campaign.Name}"
        : _form?.CampaignProblem;

    private const string MembershipsTabKey = "adhesions";

    public static string PathFor(long contactId) => $"/contacts/{contactId}/encaissement";

    private static string BatchLabel(OpenBatchChoice batch) =>
        string.Format(Ui.PaymentEntry_BatchChoice, batch.Number, batch.Label, batch.EnteredCount, batch.ExpectedCount,
            Display.Money(batch.EnteredTotal), Display.Money(batch.ExpectedTotal), batch.OpenedBy);

    private async Task OnLoadedAsync(ContactHeaderView? header)
    {
        _missing = header is null;
        if (header is null)
        {
            return;
        }

        _form = await Form.HandleAsync(Id);
        _model.ReceivedOn = Today.ToDateTime(TimeOnly.MinValue);
        _model.BatchId = _form.DefaultBatchId ?? (_form.OpenBatches.Count == 1 ? _form.OpenBatches[0].Id : null);
        _model.MembershipFees.AddRange(_form.Memberships.Select(m => new FeeLineModel { Id = m.Id, Label = MembershipLabel(m), Amount = m.Fee }));
        _model.EventFees.AddRange(_form.EventFees.Select(e => new FeeLineModel
        {
            Id = e.ParticipationId, Label = string.Format(Ui.PaymentEntry_EventFeeLabel, e.EventName, Display.Date(e.StartsOn)), Amount = e.Fee,
        }));
    }

    /// <summary>« Individuelle — en attente de paiement » or « Individuelle — renouvellement (fin le 31/12/2026) ».</summary>
    private static string MembershipLabel(MembershipChoice membership) => membership.Status == CrmBlazor.Domain.Memberships.MembershipStatus.Pending
        ? string.Format(Ui.PaymentEntry_MembershipPending, membership.TypeName)
        : string.Format(Ui.PaymentEntry_MembershipRenewal, membership.TypeName, EnumLabels.Of(membership.Status), Display.Date(membership.EndsOn));

    private void MethodChanged(PaymentMethod method) => _model.Method = method;

    private async Task CampaignCodeChangedAsync(string? code)
    {
        _model.CampaignCode = code;
        _typedCampaign = null;
        _campaignError = null;
        if (!string.IsNullOrWhiteSpace(code))
        {
            var lookup = await Form.CampaignAsync(Id, code);
            _typedCampaign = lookup.Value;
            _campaignError = lookup.Succeeded ? null : string.Join(" ", lookup.Errors);
        }
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var result = await Enter.HandleAsync(_model.ToCommand(Id));
        _busy = false;
        if (!result.Succeeded)
        {
            _errors = result.Errors;
            return;
        }

        Snackbar.Add(string.Format(Ui.PaymentEntry_Saved, Display.Money(_model.Amount)), Severity.Success);
        var tab = _model.MembershipFees.Any(f => f.Selected) ? MembershipsTabKey : "dons";
        Navigation.NavigateTo($"/contacts/{Id}?onglet={tab}");
    }
}
