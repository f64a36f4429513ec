using CrmBlazor.Application.Common;
using CrmBlazor.Application.Products;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Administration;

public sealed partial class ProductsPage
{
    private MudDataGrid<ProductRow> _grid = default!;
    private string? _search;
    private bool _includeWithdrawn;

    [Inject] private ListProductsHandler List { get; set; } = default!;
    [Inject] private SetProductActiveHandler SetActive { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private async Task<GridData<ProductRow>> LoadAsync(GridState<ProductRow> state, CancellationToken ct)
    {
        var page = await List.HandleAsync(new ListProductsQuery(_search, _includeWithdrawn, new PageRequest(state.Page, state.PageSize)), ct);
        return new GridData<ProductRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task SearchAsync(string? text)
    {
        _search = text;
        return _grid.ReloadServerData();
    }

    private Task ShowWithdrawnAsync(bool includeWithdrawn)
    {
        _includeWithdrawn = includeWithdrawn;
        return _grid.ReloadServerData();
    }

    private Task CreateAsync() => OpenDialogAsync(null, Ui.Product_Create, Ui.Product_Created);

    private Task EditAsync(ProductRow product) => OpenDialogAsync(product, Ui.Product_Edit, Ui.Product_Saved);

    private async Task OpenDialogAsync(ProductRow? product, string title, string success)
    {
        var parameters = new DialogParameters<ProductDialog> { { d => d.Product, product } };
        var dialog = await Dialogs.ShowAsync<ProductDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string code })
        {
            Snackbar.Add(string.Format(success, code), Severity.Success);
            await _grid.ReloadServerData();
        }
    }

    private async Task SetActiveAsync(ProductRow product, bool active)
    {
        var result = await SetActive.HandleAsync(new SetProductActiveCommand(product.Id, product.Version, active));
        var success = string.Format(active ? Ui.Product_Reinstated : Ui.Product_WithdrawnDone, product.Code);
        Snackbar.Add(result.Succeeded ? success : string.Join(" ", result.Errors), result.Succeeded ? Severity.Success : Severity.Error);
        await _grid.ReloadServerData();
    }
}
