using CrmBlazor.Domain.Contacts;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Demo;

/// <summary>One main address per contact, a few dated second ones; lines as staff type them, cities as La Poste routes them.</summary>
internal static class DemoAddressRows
{
    public const string Columns =
        "id, contact_id, is_main, delivery, building, street, locality, postal_code, city, country, valid_from, valid_to";

    public static long Count(DemoContactPlan[] plans) => plans.LongLength + plans.LongCount(p => p.HasSecondAddress);

    public static void Write(
        NpgsqlBinaryImporter importer, DemoContext context, DemoContactPlan[] plans, long firstId, DemoProgressCounter counter)
    {
        var random = context.RandomFor(2);
        var id = firstId;
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var p = ref plans[i];
            var contactId = context.FirstContactId + i;
            var place = DemoBaseGenerator.PlaceOf(p);
            var street = p.Showcase == 1 ? "12 rue de la Roquette" : Street(random, place.Country != ContactAddress.France);
            var delivery = !p.IsOrganisation && random.NextDouble() < 0.08 ? Pick(random, DemoPlaces.DeliveryLines) : null;
            var building = !p.IsOrganisation && random.NextDouble() < 0.06 ? Pick(random, DemoPlaces.BuildingLines) : null;
            var locality = p.IsOrganisation && random.NextDouble() < 0.3 ? $"BP {random.Next(1, 9999)}"
                : random.NextDouble() < 0.02 ? Pick(random, DemoPlaces.LocalityLines) : null;
            WriteRow(importer, id++, contactId, true, delivery, building, street, locality, place, null, null);
            counter.Row();

            if (p.HasSecondAddress)
            {
                // A former or holiday address: valid for a while after the contact entered the base.
                var other = DemoPlaces.French[DemoBaseGenerator.FrenchPlacePicker.Next(random)];
                var from = DemoBaseGenerator.DayFrom(random, p.EntryDate, context.Today);
                WriteRow(importer, id++, contactId, false, null, null, Street(random, false), null, other, from, from.AddDays(random.Next(60, 1500)));
                counter.Row();
            }
        }
    }

    /// <summary>« 12 rue de la République », at most the 38 characters of an address line.</summary>
    private static string Street(Random random, bool abroad)
    {
        var number = random.Next(1, 150);
        var type = Pick(random, DemoPlaces.StreetTypes);
        var name = Pick(random, DemoPlaces.StreetNames);
        if (abroad)
        {
            return Fit($"{char.ToUpperInvariant(type[0])}{type[1..]} {name} {number}", name);
        }

        var suffix = random.NextDouble() < 0.05 ? " bis" : "";
        return Fit($"{number}{suffix} {type} {name}", name);
    }

    private static string Fit(string street, string name) =>
        street.Length <= ContactLimits.AddressLineMaxLength ? street : $"1 rue {name}";

    private static void WriteRow(
        NpgsqlBinaryImporter importer, long id, long contactId, bool main, string? delivery, string? building, string street, string? locality,
        DemoPlace place, DateOnly? validFrom, DateOnly? validTo)
    {
        importer.StartRow();
        importer.Write(id, NpgsqlDbType.Bigint);
        importer.Write(contactId, NpgsqlDbType.Bigint);
        importer.Write(main, NpgsqlDbType.Boolean);
        DemoCopy.WriteText(importer, delivery);
        DemoCopy.WriteText(importer, building);
        importer.Write(street, NpgsqlDbType.Varchar);
        DemoCopy.WriteText(importer, locality);
        importer.Write(place.PostalCode, NpgsqlDbType.Varchar);
        importer.Write(place.City, NpgsqlDbType.Varchar);
        importer.Write(place.Country, NpgsqlDbType.Varchar);
        DemoCopy.WriteDate(importer, validFrom);
        DemoCopy.WriteDate(importer, validTo);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
