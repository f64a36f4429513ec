using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    /// <summary>« nom prénom » or the organisation's name, lower-case and unaccented: what name search and ranking read.</summary>
    public const string SearchName = "SearchName";

    /// <summary>« prénom nom » for people, so « jean dupont » and « hélène » find by prefix too.</summary>
    public const string SearchNameFirstLast = "SearchNameFirstLast";

    public const string MemberNumberSequence = "contact_member_numbers";

    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts", t =>
        {
            t.HasCheckConstraint("ck_contacts_person_named",
                "kind <> 'Person' OR (last_name IS NOT NULL AND organisation_name IS NULL AND siret IS NULL AND organisation_kind IS NULL)");
            t.HasCheckConstraint("ck_contacts_organisation_named",
                "kind <> 'Organisation' OR (organisation_name IS NOT NULL AND civility IS NULL AND first_name IS NULL AND last_name IS NULL AND birth_date IS NULL)");
            t.HasCheckConstraint("ck_contacts_siret_digits", "siret IS NULL OR siret ~ '^[0-9]{14}$'");
            t.HasCheckConstraint("ck_contacts_suspension_dated", "(suspension_code_id IS NULL) = (suspended_on IS NULL)");
            t.HasCheckConstraint("ck_contacts_deceased_after_birth", "deceased_on IS NULL OR birth_date IS NULL OR deceased_on >= birth_date");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseHiLo("contacts_hilo");
        builder.Property(c => c.MemberNumber).HasDefaultValueSql($"nextval('{MemberNumberSequence}')").ValueGeneratedOnAdd();
        builder.HasIndex(c => c.MemberNumber).IsUnique();

        builder.Property(c => c.FirstName).HasMaxLength(ContactLimits.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(ContactLimits.NameMaxLength);
        builder.Property(c => c.OrganisationName).HasMaxLength(ContactLimits.OrganisationNameMaxLength);
        builder.Property(c => c.Siret).HasMaxLength(ContactLimits.SiretLength).IsFixedLength(false);
        builder.Property(c => c.Notepad).HasMaxLength(ContactLimits.NotepadMaxLength);
        builder.Property(c => c.GeneralMemo).HasMaxLength(ContactLimits.MemoMaxLength);
        builder.Property(c => c.AlertMemo).HasMaxLength(ContactLimits.MemoMaxLength);
        builder.Property(c => c.LegacyMemo).HasMaxLength(ContactLimits.MemoMaxLength);
        builder.Property(c => c.PortalMessage).HasMaxLength(ContactLimits.MemoMaxLength);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.DisplayName);
        builder.Ignore(c => c.Memos);
        builder.Ignore(c => c.IsDeceased);
        builder.Ignore(c => c.AcceptsEmailAppeals);

        builder.Property<string>(SearchName)
            .HasComputedColumnSql(
                "f_unaccent(lower(COALESCE(organisation_name, COALESCE(last_name, '') || ' ' || COALESCE(first_name, ''))))", stored: true);
        builder.Property<string>(SearchNameFirstLast)
            .HasComputedColumnSql(
                "CASE WHEN kind = 'Person' THEN f_unaccent(lower(btrim(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')))) END", stored: true);
        builder.HasIndex([SearchName], "search_name_prefix").HasOperators("text_pattern_ops")
            .HasDatabaseName("ix_contacts_search_name_prefix");
        builder.HasIndex([SearchNameFirstLast], "search_name_first_last_prefix").HasOperators("text_pattern_ops")
            .HasDatabaseName("ix_contacts_search_name_first_last_prefix");
        builder.HasIndex([SearchName], "search_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_contacts_search_name_trgm");

        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.OriginCampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SuspensionCode>().WithMany().HasForeignKey(c => c.SuspensionCodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
