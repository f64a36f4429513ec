namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// Indexes the segment criteria lean on that EF does not model: giving criteria read collected donations only,
/// by campaign (gave / did not give) and by date with the amount included (total over a period), so those
/// semi-joins read an index and never the donations themselves.
/// </summary>
public static class SegmentsSql
{
    public const string Up =
        """
        CREATE INDEX ix_donations_collected_campaign_contact ON donations (campaign_id, contact_id) WHERE status = 'Collected';
        CREATE INDEX ix_donations_collected_date_contact ON donations (donated_on, contact_id) INCLUDE (amount) WHERE status = 'Collected';
        """;

    public const string Down =
        """
        DROP INDEX IF EXISTS ix_donations_collected_date_contact;
        DROP INDEX IF EXISTS ix_donations_collected_campaign_contact;
        """;
}
