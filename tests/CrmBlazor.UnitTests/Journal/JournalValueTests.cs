using System.Globalization;
using CrmBlazor.Domain.Journal;
using CrmBlazor.UnitTests.TestSupport;

namespace CrmBlazor.UnitTests.Journal;

public sealed class JournalValueTests
{
    [Fact]
    public void A_missing_value_is_written_as_null()
    {
        Assert.Null(JournalValue.Format("Email", null));
    }

    [Fact]
    public void A_missing_secret_stays_null_so_the_journal_shows_it_was_absent()
    {
        Assert.Null(JournalValue.Format("PasswordHash", null));
    }

    [Theory]
    [InlineData("PasswordHash")]
    [InlineData("SecurityStamp")]
    [InlineData("Password")]
    [InlineData("Secret")]
    [InlineData("AuthenticatorKey")]
    [InlineData("passwordhash")]
    [InlineData("SECURITYSTAMP")]
    public void Secret_fields_are_redacted(string field)
    {
        Assert.True(JournalValue.IsSecret(field));
        Assert.Equal("•••", JournalValue.Format(field, "AQAAAAIAAYagAAAAEJ-real-hash"));
    }

    [Theory]
    [InlineData("Email")]
    [InlineData("DisplayName")]
    [InlineData("PasswordChangeRequired")]
    [InlineData("TwoFactorEnabled")]
    public void Ordinary_fields_are_not_secret(string field)
    {
        Assert.False(JournalValue.IsSecret(field));
    }

    [Fact]
    public void Text_is_written_as_is()
    {
        Assert.Equal("anne@example.org", JournalValue.Format("Email", "anne@example.org"));
    }

    [Fact]
    public void An_instant_is_written_in_utc_with_a_z()
    {
        var paris = new DateTimeOffset(2026, 7, 14, 23, 30, 5, TimeSpan.FromHours(2));

        Assert.Equal("2026-07-14T21:30:05Z", JournalValue.Format("CreatedAt", paris));
    }

    [Fact]
    public void A_date_time_is_written_as_is_without_zone()
    {
        var value = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified);

        Assert.Equal("2026-01-02T03:04:05", JournalValue.Format("LocalTime", value));
    }

    [Fact]
    public void A_date_is_written_in_iso_format()
    {
        Assert.Equal("2026-12-31", JournalValue.Format("BirthDate", new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Booleans_are_written_in_lower_case()
    {
        Assert.Equal("true", JournalValue.Format("Enabled", true));
        Assert.Equal("false", JournalValue.Format("Enabled", false));
    }

    [Fact]
    public void An_enum_is_written_by_name()
    {
        Assert.Equal("SignedIn", JournalValue.Format("Action", JournalAction.SignedIn));
    }

    [Fact]
    public void Numbers_and_dates_ignore_the_french_culture()
    {
        using var french = CultureScope.French();
        // Guard: under fr-FR the culture-sensitive form really differs, so this test can fail.
        Assert.Equal("1234,5", 1234.5m.ToString(CultureInfo.CurrentCulture));

        Assert.Equal("1234.5", JournalValue.Format("Amount", 1234.5m));
        Assert.Equal("0.25", JournalValue.Format("Rate", 0.25d));
        Assert.Equal("2026-03-29T01:00:00Z", JournalValue.Format("At", new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_value_of_exactly_the_maximum_length_is_kept_whole()
    {
        var text = new string('a', JournalValue.MaxLength);

        Assert.Equal(text, JournalValue.Format("Notes", text));
    }

    [Fact]
    public void A_longer_value_is_cut_at_the_maximum_length_with_an_ellipsis()
    {
        var text = new string('a', JournalValue.MaxLength) + "tail";

        var written = JournalValue.Format("Notes", text);

        Assert.Equal(new string('a', 500) + "…", written);
    }

    [Fact]
    public void Diff_leaves_out_unchanged_fields()
    {
        var changes = JournalValue.Diff(
        [
            ("Email", "anne@example.org", "anne@example.org"),
            ("DisplayName", "Anne", "Anne Martin"),
            ("Enabled", true, true),
        ]);

        var change = Assert.Single(changes);
        Assert.Equal(new FieldChange("DisplayName", "Anne", "Anne Martin"), change);
    }

    [Fact]
    public void Diff_keeps_the_order_of_the_fields()
    {
        var changes = JournalValue.Diff(
        [
            ("B", "1", "2"),
            ("A", "1", "2"),
            ("C", "1", "2"),
        ]);

        Assert.Equal(["B", "A", "C"], changes.Select(c => c.Field));
    }

    [Fact]
    public void Diff_records_a_value_appearing_or_disappearing()
    {
        var changes = JournalValue.Diff(
        [
            ("Phone", null, "0102030405"),
            ("Fax", "0102030406", null),
            ("Nothing", null, null),
        ]);

        Assert.Equal(
            [new FieldChange("Phone", null, "0102030405"), new FieldChange("Fax", "0102030406", null)],
            changes);
    }

    [Fact]
    public void Diff_compares_formatted_values_so_the_same_instant_in_another_offset_is_no_change()
    {
        var utc = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
        var paris = utc.ToOffset(TimeSpan.FromHours(2));

        Assert.Empty(JournalValue.Diff([("At", utc, paris)]));
    }

    [Fact]
    public void Diff_records_a_changed_secret_without_revealing_it()
    {
        var change = Assert.Single(JournalValue.Diff([("PasswordHash", "old-hash", "new-hash")]));

        Assert.Equal(new FieldChange("PasswordHash", "•••", "•••"), change);
    }

    [Fact]
    public void Diff_leaves_out_an_unchanged_secret()
    {
        Assert.Empty(JournalValue.Diff([("SecurityStamp", "STAMP", "STAMP")]));
    }

    [Fact]
    public void Diff_records_a_secret_being_set_for_the_first_time()
    {
        var change = Assert.Single(JournalValue.Diff([("AuthenticatorKey", null, "JBSWY3DPEHPK3PXP")]));

        Assert.Equal(new FieldChange("AuthenticatorKey", null, "•••"), change);
    }

    [Fact]
    public void A_change_past_the_shortened_length_is_still_recorded()
    {
        var before = new string('a', JournalValue.MaxLength + 10);
        var after = new string('a', JournalValue.MaxLength + 5) + "bbbbb";

        var changes = JournalValue.Diff([("Notes", before, after)]);

        Assert.Single(changes);
    }
}
