using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Sepa;

/// <summary>
/// Reads the bank's answers about our direct debits: the pain.002 status report (debits rejected before settlement)
/// and the camt.054 debit notification (debits returned or refunded after settlement), whatever their ISO version —
/// the message is recognised by the namespace of its root. Each rejected or returned debit becomes an unpaid line
/// keyed by the end-to-end id we wrote in the pain.008; accepted debits and credit entries are counted and skipped.
/// <see cref="ParsedProviderFile.LineCount"/> counts the transactions read (plus one for a problem about the whole file).
/// </summary>
public sealed class SepaReturnParser : IProviderFileParser
{
    private const string IsoNamespace = "urn:iso:std:iso:20022:tech:xsd:";

    public ProviderFileKind Kind => ProviderFileKind.SepaReturn;

    public ParsedProviderFile Parse(ReadOnlyMemory<byte> content)
    {
        XDocument document;
        try
        {
            document = Load(content);
        }
        catch (XmlException ex)
        {
            return SepaReturnFile.Unusable(ex.LineNumber, $"Le fichier n'est pas un XML lisible (ligne {ex.LineNumber}, position {ex.LinePosition}).", ex.Message);
        }

        var root = document.Root!;
        var message = root.Name.NamespaceName.StartsWith(IsoNamespace, StringComparison.Ordinal) ? root.Name.NamespaceName[IsoNamespace.Length..] : "";
        if (message.StartsWith("pain.002.", StringComparison.Ordinal))
        {
            return Pain002Returns.Read(root);
        }

        if (message.StartsWith("camt.054.", StringComparison.Ordinal))
        {
            return Camt054Returns.Read(root);
        }

        return SepaReturnFile.Unusable(
            1,
            $"Format non reconnu : un retour SEPA est un compte rendu pain.002 ou un avis camt.054 (espace de noms trouvé : « {root.Name.NamespaceName} »).",
            root.Name.LocalName);
    }

    /// <summary>No DTD, no external resolution: the file comes from outside.</summary>
    private static XDocument Load(ReadOnlyMemory<byte> content)
    {
        var bytes = MemoryMarshal.TryGetArray(content, out var segment) ? segment : new ArraySegment<byte>(content.ToArray());
        using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }
}
