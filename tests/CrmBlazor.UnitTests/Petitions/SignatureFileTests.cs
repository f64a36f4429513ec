using System.Text;
using CrmBlazor.Application.Petitions;
using CrmBlazor.Domain.Petitions;

namespace CrmBlazor.UnitTests.Petitions;

public sealed class SignatureFileTests
{
    private static ParsedSignatureFile Parse(string text) => SignatureFile.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Columns_are_found_by_their_header_in_any_order_and_spelling()
    {
        var file = Parse("\uFEFFDate;Courriel;Numéro;Source\r\n31/12/2026;Anne@Exemple.FR;;Papier\n2026-01-05;;100123;\n");

        Assert.Empty(file.Problems);
        Assert.Equal(
            [
                new SignatureInput(2, null, "anne@exemple.fr", new DateOnly(2026, 12, 31), SignatureSource.Paper),
                new SignatureInput(3, 100123, null, new DateOnly(2026, 1, 5), SignatureSource.Import),
            ],
            file.Rows);
    }

    [Fact]
    public void Unreadable_lines_are_reported_with_their_line_number_and_a_french_reason()
    {
        var file = Parse("numero,email,date,source\n12a,,01/02/2026,\n,,01/02/2026,\n100001,,32/01/2026,\n100001,,01/02/2026,fax\n,pas-une-adresse,01/02/2026,\n\n100002,,01/02/2026,événement\n");

        Assert.Equal(
            [
                new SignatureProblem(2, "Numéro de fiche illisible : « 12a »."),
                new SignatureProblem(3, "Ni numéro de fiche ni adresse email."),
                new SignatureProblem(4, "Date illisible : « 32/01/2026 » (attendu 31/12/2026)."),
                new SignatureProblem(5, "Source inconnue : « fax » (web, papier, evenement, telephone ou import)."),
                new SignatureProblem(6, "Adresse email invalide : « pas-une-adresse »."),
            ],
            file.Problems);
        Assert.Equal([new SignatureInput(8, 100002, null, new DateOnly(2026, 2, 1), SignatureSource.Event)], file.Rows);
    }

    [Fact]
    public void A_header_without_a_way_to_find_the_contact_is_refused_as_a_whole()
    {
        var file = Parse("nom;date\nDupont;01/02/2026\n");

        Assert.Empty(file.Rows);
        Assert.Equal(1, Assert.Single(file.Problems).Line);
    }
}
