using Bunit;
using CrmBlazor.Web.Components.Shared;

namespace CrmBlazor.ComponentTests;

public sealed class FormMessageTests : ComponentTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Nothing_is_rendered_without_text(string? text)
    {
        var message = Render<FormMessage>(p => p.Add(c => c.Text, text));

        Assert.Equal("", message.Markup.Trim());
    }

    [Fact]
    public void Errors_are_announced_as_alerts()
    {
        var message = Render<FormMessage>(p => p.Add(c => c.Text, "Adresse ou mot de passe incorrect."));

        var paragraph = message.Find("p");
        Assert.Equal("alert", paragraph.GetAttribute("role"));
        Assert.Equal("crm-message crm-message-error", paragraph.ClassName);
        Assert.Equal("Adresse ou mot de passe incorrect.", paragraph.TextContent);
    }

    [Theory]
    [InlineData("success")]
    [InlineData("info")]
    public void Other_kinds_are_polite_status_messages(string kind)
    {
        var message = Render<FormMessage>(p => p.Add(c => c.Text, "C'est fait.").Add(c => c.Kind, kind));

        var paragraph = message.Find("p");
        Assert.Equal("status", paragraph.GetAttribute("role"));
        Assert.Equal($"crm-message crm-message-{kind}", paragraph.ClassName);
    }
}
