using CrmBlazor.Application.Segments;
using CrmBlazor.Application.Segments.Criteria;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Domain.Segments;

namespace CrmBlazor.UnitTests.Segments;

/// <summary>The SQL each criterion writes, its parameters, and the checks made before anything reaches the database.</summary>
public sealed class CriteriaSqlTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Dictionary<long, FieldInfo> Fields = new()
    {
        [7] = new FieldInfo(7, "Heures", CustomFieldKind.Number, []),
        [8] = new FieldInfo(8, "Taille", CustomFieldKind.Choice, ["S", "M"]),
    };

    private static CompiledSegment Compile(params Criterion[] criteria) => Compile(new Dictionary<long, SegmentInfo>(), null, criteria);

    private static CompiledSegment Compile(Dictionary<long, SegmentInfo> segments, long? editing, params Criterion[] criteria) =>
        SegmentCompiler.Compile(new SegmentCriteria { Root = new CriteriaGroup { Children = [.. criteria] } }, Today, Fields, segments, editing);

    [Fact]
    public void Typed_values_become_parameters_never_SQL_text()
    {
        var compiled = Compile(new CityCriterion { City = "O'Brien'; DROP TABLE contacts" }, new PostcodeCriterion { Postcodes = "75_" });

        Assert.True(compiled.IsValid);
        Assert.DoesNotContain("Brien", compiled.Where, StringComparison.Ordinal);
        Assert.DoesNotContain("75", compiled.Where, StringComparison.Ordinal);
        Assert.Equal(["O'Brien'; DROP TABLE contacts", @"75\_%"], compiled.Parameters.Select(p => p.Value));
    }

    [Fact]
    public void An_empty_root_matches_every_contact()
    {
        Assert.Equal("(TRUE)", Compile().Where);
    }

    [Fact]
    public void Exclude_negates_null_safely()
    {
        var compiled = Compile(new MarkerCriterion { Marker = ContactMarker.Deceased, Exclude = true });

        Assert.Equal("(NOT COALESCE((c.deceased_on IS NOT NULL), false))", compiled.Where);
    }

    [Fact]
    public void Nested_blocks_join_with_AND_and_OR_in_parentheses()
    {
        var compiled = Compile(
            new ActiveRecurringGiftCriterion(),
            new CriteriaGroup { Match = GroupMatch.Any, Children = [new MarkerCriterion { Marker = ContactMarker.NoSolicitation }, new MarkerCriterion { Marker = ContactMarker.Suspended }] });

        Assert.EndsWith(" AND ((c.no_solicitation) OR (c.suspension_code_id IS NOT NULL)))", compiled.Where, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("75", new[] { "75" })]
    [InlineData("2a", new[] { "200", "201" })]
    [InlineData("2B", new[] { "202", "206" })]
    [InlineData("971", new[] { "971" })]
    [InlineData("20", new string[0])]
    [InlineData("977", new string[0])]
    [InlineData("Paris", new string[0])]
    public void Departments_become_postcode_beginnings(string department, string[] prefixes)
    {
        Assert.Equal(prefixes, DepartmentCriterion.PostcodePrefixes(department));
    }

    [Fact]
    public void Giving_within_months_counts_back_from_today()
    {
        var compiled = Compile(new LastGiftCriterion { WithinMonths = 12 });

        Assert.Equal([new DateOnly(2025, 11, 23), Today], compiled.Parameters.Select(p => p.Value));
        Assert.Contains("donor_summaries", compiled.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_over_a_period_is_one_grouped_semi_join_on_collected_gifts()
    {
        var compiled = Compile(new GivingTotalCriterion { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31), Minimum = 50m, Maximum = 500m });

        Assert.StartsWith("((c.id IN (SELECT d.contact_id FROM donations d WHERE d.status = 'Collected'", compiled.Where, StringComparison.Ordinal);
        Assert.Contains("HAVING sum(d.amount) >= @s", compiled.Where, StringComparison.Ordinal);
        Assert.Contains("AND sum(d.amount) <= @s0", compiled.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_French_and_collected_for_every_criterion()
    {
        var compiled = Compile(
            new GivingTotalCriterion { WithinMonths = 12 },
            new LastGiftCriterion { From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 1, 1) },
            new DepartmentCriterion { Departments = "75, 99" },
            new TagCriterion(),
            new CustomFieldCriterion { FieldId = 8, Value = "XL" },
            new CustomFieldCriterion { FieldId = 99, Comparison = FieldComparison.IsSet });

        Assert.Equal(
            [
                "Indiquez un montant minimum supérieur à zéro.",
                "La borne de début dépasse la borne de fin.",
                "« 99 » n'est pas un département français.",
                "Un critère n'a aucune valeur choisie.",
                "« XL » ne convient pas au champ « Taille » pour cette comparaison.",
                "Choisissez un champ personnalisé existant.",
            ],
            compiled.Problems);
    }

    [Fact]
    public void A_segment_including_itself_through_another_is_a_cycle()
    {
        var a = new SegmentCriteria { Root = new CriteriaGroup { Children = [new InSegmentCriterion { SegmentId = 2 }] } };
        var b = new SegmentCriteria { Root = new CriteriaGroup { Children = [new InSegmentCriterion { SegmentId = 1 }] } };
        var segments = new Dictionary<long, SegmentInfo> { [1] = new(1, "A", a), [2] = new(2, "B", b) };

        var compiled = Compile(segments, null, new InSegmentCriterion { SegmentId = 1 });

        Assert.Equal(["Le segment « A » s'inclut lui-même (directement ou par un autre segment)."], compiled.Problems);
    }

    [Fact]
    public void Too_deep_nesting_is_refused()
    {
        var root = new CriteriaGroup();
        var current = root;
        for (var i = 0; i < SegmentLimits.MaxDepth + 1; i++)
        {
            var nested = new CriteriaGroup();
            current.Children.Add(nested);
            current = nested;
        }

        var compiled = SegmentCompiler.Compile(new SegmentCriteria { Root = root }, Today, Fields, new Dictionary<long, SegmentInfo>());

        Assert.Equal([$"Les blocs ne peuvent pas être imbriqués sur plus de {SegmentLimits.MaxDepth} niveaux."], compiled.Problems);
    }

    [Fact]
    public void Every_criterion_class_survives_the_JSON_round_trip_with_its_key()
    {
        var root = new CriteriaGroup { Children = [.. CriterionCatalog.All.Select(k => k.Create())] };
        var json = new SegmentCriteria { Root = root }.ToJson();

        var back = SegmentCriteria.FromJson(json);

        Assert.Equal(CriterionCatalog.All.Select(k => k.Type), back.Root.Children.Select(c => c.GetType()));
        Assert.Contains("\"type\":\"last-gift\"", json, StringComparison.Ordinal);
        Assert.Contains("\"version\":1", json, StringComparison.Ordinal);
        Assert.Equal(json, back.ToJson());
    }

    [Fact]
    public void The_type_may_follow_other_keys_as_jsonb_stores_them()
    {
        var back = SegmentCriteria.FromJson("""{"root": {"match": "Any", "children": [{"text": "Du", "type": "name"}]}, "version": 1}""");

        Assert.Equal("Du", Assert.IsType<NameCriterion>(Assert.Single(back.Root.Children)).Text);
    }

    [Fact]
    public void Every_criterion_has_a_French_label_and_labelled_inputs()
    {
        foreach (var kind in CriterionCatalog.All)
        {
            Assert.NotEqual(kind.Type.Name, kind.Label);
            Assert.All(kind.Inputs, input => Assert.NotEqual(input.Property.Name, input.Label));
        }
    }
}
