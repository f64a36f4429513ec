namespace CrmBlazor.Web.Components.Pages.Administration;

public sealed record CreatedAccountNotice(string Email, string TemporaryPassword);
