using CrmBlazor.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Memberships;

/// <summary>What a membership card shows. <paramref name="ValidTo"/> null: a lifetime membership.</summary>
public sealed record MembershipCardModel(
    string Organisation, string MemberName, long MemberNumber, string TypeName, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>A renewal letter of a batch: the address block and the text.</summary>
public sealed record MembershipLetterModel(string Organisation, IReadOnlyList<string> AddressLines, DateOnly Date, string Subject, string Body);

/// <summary>
/// Membership cards, credit-card sized (85 × 54 mm), ten to an A4 sheet for print batches (one for a single card),
/// and renewal letters one per page, the address placed for a window envelope. Stateless and thread-safe.
/// </summary>
public sealed class MembershipCardPdfRenderer
{
    private const double CardWidth = 85;
    private const double CardHeight = 54;
    private const double Left = 15;
    private const double Top = 15;
    private const double Gap = 5;
    private const int CardsPerPage = 10;

    public byte[] RenderCards(IReadOnlyList<MembershipCardModel> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        using var document = PdfLibrary.NewDocument();
        document.Info.Title = cards.Count == 1 ? $"Carte d'adhérent n° {cards[0].MemberNumber}" : $"Cartes d'adhérent ({cards.Count})";
        document.Info.Creator = "CrmBlazor";
        var title = PdfFonts.Bold(11);
        var name = PdfFonts.Bold(12);
        var body = PdfFonts.Regular(9);
        var small = PdfFonts.Regular(7.5);
        for (var first = 0; first < cards.Count; first += CardsPerPage)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var canvas = new PageCanvas(graphics);
            foreach (var (card, index) in cards.Skip(first).Take(CardsPerPage).Select((c, i) => (c, i)))
            {
                var x = Left + (index % 2) * (CardWidth + Gap);
                var y = Top + (index / 2) * (CardHeight + Gap);
                canvas.Rectangle(x, y, CardWidth, CardHeight, PageCanvas.ThinPen);
                canvas.Text(card.Organisation, small, x + 4, y + 4);
                canvas.Text("CARTE D'ADHÉRENT", title, x + 4, y + 9);
                canvas.Text(card.MemberName, name, x + 4, y + 20);
                canvas.Text($"N° d'adhérent : {card.MemberNumber}", body, x + 4, y + 28);
                canvas.Text($"Adhésion : {card.TypeName}", body, x + 4, y + 34);
                canvas.Text(Validity(card), body, x + 4, y + 40);
            }
        }

        return Save(document);
    }

    public byte[] RenderLetters(IReadOnlyList<MembershipLetterModel> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        using var document = PdfLibrary.NewDocument();
        document.Info.Title = $"Lettres d'adhésion ({letters.Count})";
        document.Info.Creator = "CrmBlazor";
        var organisation = PdfFonts.Bold(12);
        var body = PdfFonts.Regular(10.5);
        var bold = PdfFonts.Bold(10.5);
        foreach (var letter in letters)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var canvas = new PageCanvas(graphics);
            canvas.Text(letter.Organisation, organisation, 20, 15);

            // The address where a DL window envelope shows it (NF Z10-011 block, left-aligned).
            canvas.Lines(letter.AddressLines, body, 110, 50);
            canvas.Text($"Le {FrenchFormat.Date(letter.Date)}", body, 110, 85);
            canvas.Text(letter.Subject, bold, 20, 100);
            var y = 110.0;
            foreach (var paragraph in letter.Body.Split('\n'))
            {
                y = canvas.Paragraph(paragraph, body, 20, y, 170) + 2;
            }
        }

        return Save(document);
    }

    private static string Validity(MembershipCardModel card) => card.ValidTo is { } to
        ? $"Valable du {FrenchFormat.Date(card.ValidFrom)} au {FrenchFormat.Date(to)}"
        : $"Adhérent à vie depuis le {FrenchFormat.Date(card.ValidFrom)}";

    private static byte[] Save(PdfSharp.Pdf.PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
