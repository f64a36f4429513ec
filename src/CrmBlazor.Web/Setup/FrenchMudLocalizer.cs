using System.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CrmBlazor.Web.Setup;

/// <summary>MudBlazor's built-in texts (pager, filters) in French, from <c>Resources/MudTexts.resx</c>.</summary>
public sealed class FrenchMudLocalizer : MudLocalizer
{
    private static readonly ResourceManager Texts = new("CrmBlazor.Web.Resources.MudTexts", typeof(FrenchMudLocalizer).Assembly);

    public override LocalizedString this[string key]
    {
        get
        {
            var text = Texts.GetString(key);
            return text is null ? base[key] : new LocalizedString(key, text);
        }
    }
}
