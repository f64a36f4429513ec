using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace CrmBlazor.Application.Recurring.Sepa;

/// <summary>
/// Checks a pain.008 file against the ISO 20022 pain.008.001.02 schema (embedded in this assembly) before the file
/// is offered to the bank. The schema is compiled once; a check only streams through the document.
/// </summary>
public static class Pain008Schema
{
    private const string ResourceName = "CrmBlazor.Application.Recurring.Sepa.pain.008.001.02.xsd";

    /// <summary>A broken generator repeats the same mistake on every debit: the first ones are enough to see it.</summary>
    private const int MaxReported = 50;

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema violations (and XML errors) of the document, with their line; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };

        // Warnings include « no schema information for element … »: a document in another namespace is not a pain.008.
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (errors.Count < MaxReported)
            {
                errors.Add(Located(e.Exception.LineNumber, e.Exception.LinePosition, e.Message));
            }
        };

        try
        {
            using var reader = XmlReader.Create(xml, settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            errors.Add(Located(ex.LineNumber, ex.LinePosition, ex.Message));
        }

        return errors;
    }

    private static string Located(int line, int position, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"Line {line}, position {position}: {message}");

    private static XmlSchemaSet Load()
    {
        using var stream = typeof(Pain008Schema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Pain008Writer.Namespace, reader);
        set.Compile();
        return set;
    }
}
