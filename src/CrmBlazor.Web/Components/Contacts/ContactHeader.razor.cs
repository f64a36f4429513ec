using CrmBlazor.Application.Contacts;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.Web.Live;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Contacts;

/// <summary>
/// The top of every screen about one contact, live: any saved change to the contact — from this
/// screen, another operator or a job — reloads it, and other people viewing the contact are shown.
/// </summary>
public sealed partial class ContactHeader
{
    private ContactHeaderView? _header;
    private IDisposable? _subscription;
    private RecordPresence? _presence;

    [Parameter, EditorRequired] public long ContactId { get; set; }

    /// <summary>Whether the identity pencil is offered (the record page; entry screens leave it off).</summary>
    [Parameter] public bool EditIdentity { get; set; }

    /// <summary>Called after every reload, with the notice that caused it (null for this screen's own edits).</summary>
    [Parameter] public EventCallback<ChangeNotice?> OnChanged { get; set; }

    /// <summary>Called once the contact is loaded, or with null when it does not exist.</summary>
    [Parameter] public EventCallback<ContactHeaderView?> OnLoaded { get; set; }

    [Inject] private ContactHeaderHandler Header { get; set; } = default!;
    [Inject] private IChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ActorContext Actor { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    public ContactHeaderView? View => _header;

    protected override async Task OnInitializedAsync()
    {
        _header = await Header.HandleAsync(ContactId);
        await OnLoaded.InvokeAsync(_header);
        if (_header is null)
        {
            return;
        }

        _subscription = Notifier.Subscribe(ContactChangeInterceptor.Topic(ContactId), notice => InvokeAsync(() => OnRemoteChangeAsync(notice)));
        _presence = new RecordPresence(Notifier, Clock, ContactChangeInterceptor.Topic(ContactId), Actor.Current.Name);
        _presence.Changed += () => InvokeAsync(StateHasChanged);
        await _presence.StartAsync();
    }

    public async Task ReloadAsync()
    {
        _header = await Header.HandleAsync(ContactId);
        await OnChanged.InvokeAsync(null);
        StateHasChanged();
    }

    private async Task OnRemoteChangeAsync(ChangeNotice notice)
    {
        _header = await Header.HandleAsync(ContactId);
        if (notice.ActorName != Actor.Current.Name)
        {
            Snackbar.Add(string.Format(Ui.Contact_ChangedBy, notice.ActorName, PartsLabel(notice.Payload)), Severity.Info);
        }

        await OnChanged.InvokeAsync(notice);
        StateHasChanged();
    }

    private async Task EditIdentityAsync()
    {
        if (_header is null)
        {
            return;
        }

        var parameters = new DialogParameters<IdentityDialog> { { d => d.ContactId, ContactId }, { d => d.Kind, _header.Kind }, { d => d.Original, _header.Identity } };
        var dialog = await Dialogs.ShowAsync<IdentityDialog>(Ui.Contact_EditIdentity, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await ReloadAsync();
        }
    }

    /// <summary>« emails, bloc-notes » from the parts a notice names.</summary>
    public static string PartsLabel(string? payload) =>
        string.Join(", ", (payload ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Ui.ResourceManager.GetString($"ContactPart_{part}", Ui.Culture) ?? part));

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_presence is not null)
        {
            await _presence.DisposeAsync();
        }
    }
}
