using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Events;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Legacies;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Petitions;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Domain.Relations;
using CrmBlazor.Domain.Sponsorships;
using CrmBlazor.Domain.Segments;
using CrmBlazor.Domain.Subscriptions;
using CrmBlazor.Infrastructure.Data.Configurations;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Infrastructure.Data;

/// <summary>The CRM's one database context.</summary>
/// <remarks>
/// Add a migration with:
/// <c>dotnet ef migrations add NAME -p src/CrmBlazor.Infrastructure -s src/CrmBlazor.Web -o Data/Migrations</c>
/// then regenerate the DBA script with <c>db/migrations-sql.sh</c>.
/// </remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<StaffUser, StaffRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>EF Core's record of applied migrations (snake_case like every other table).</summary>
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactAddress> ContactAddresses => Set<ContactAddress>();

    public DbSet<ContactPhone> ContactPhones => Set<ContactPhone>();

    public DbSet<ContactEmail> ContactEmails => Set<ContactEmail>();

    public DbSet<SuspensionCode> SuspensionCodes => Set<SuspensionCode>();

    public DbSet<MarketingCode> MarketingCodes => Set<MarketingCode>();

    public DbSet<ScoreType> ScoreTypes => Set<ScoreType>();

    public DbSet<ContactMarketingCode> ContactMarketingCodes => Set<ContactMarketingCode>();

    public DbSet<ContactScore> ContactScores => Set<ContactScore>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignReception> CampaignReceptions => Set<CampaignReception>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();

    public DbSet<BankDeposit> BankDeposits => Set<BankDeposit>();

    public DbSet<Donation> Donations => Set<Donation>();

    public DbSet<DonorSummary> DonorSummaries => Set<DonorSummary>();

    public DbSet<DonorYearTotal> DonorYearTotals => Set<DonorYearTotal>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<OrganisationProfile> OrganisationProfiles => Set<OrganisationProfile>();

    public DbSet<TaxReceipt> TaxReceipts => Set<TaxReceipt>();

    public DbSet<TaxReceiptDonation> TaxReceiptDonations => Set<TaxReceiptDonation>();

    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();

    public DbSet<ReceiptRun> ReceiptRuns => Set<ReceiptRun>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentDelivery> DocumentDeliveries => Set<DocumentDelivery>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<SmtpSettings> SmtpSettings => Set<SmtpSettings>();

    public DbSet<EmailEvent> EmailEvents => Set<EmailEvent>();

    public DbSet<SepaMandate> SepaMandates => Set<SepaMandate>();

    public DbSet<RecurringGift> RecurringGifts => Set<RecurringGift>();

    public DbSet<Instalment> Instalments => Set<Instalment>();

    public DbSet<SchedulingRun> SchedulingRuns => Set<SchedulingRun>();

    public DbSet<ProviderImport> ProviderImports => Set<ProviderImport>();

    public DbSet<ProviderTransaction> ProviderTransactions => Set<ProviderTransaction>();

    public DbSet<BankStatementLine> BankStatementLines => Set<BankStatementLine>();

    public DbSet<ProviderSettlement> ProviderSettlements => Set<ProviderSettlement>();

    public DbSet<SettlementItem> SettlementItems => Set<SettlementItem>();

    public DbSet<RelationshipType> RelationshipTypes => Set<RelationshipType>();

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<Legacy> Legacies => Set<Legacy>();

    public DbSet<Sponsorship> Sponsorships => Set<Sponsorship>();

    public DbSet<Petition> Petitions => Set<Petition>();

    public DbSet<PetitionSignature> PetitionSignatures => Set<PetitionSignature>();

    public DbSet<MembershipType> MembershipTypes => Set<MembershipType>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MembershipFee> MembershipFees => Set<MembershipFee>();

    public DbSet<MembershipCard> MembershipCards => Set<MembershipCard>();

    public DbSet<MembershipReminder> MembershipReminders => Set<MembershipReminder>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventParticipation> EventParticipations => Set<EventParticipation>();

    public DbSet<EventFee> EventFees => Set<EventFee>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<ContactTag> ContactTags => Set<ContactTag>();

    public DbSet<ContactGroup> ContactGroups => Set<ContactGroup>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<CustomField> CustomFields => Set<CustomField>();

    public DbSet<ContactFieldValue> ContactFieldValues => Set<ContactFieldValue>();

    public DbSet<GroupFieldValue> GroupFieldValues => Set<GroupFieldValue>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<FieldProfile> FieldProfiles => Set<FieldProfile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.HasPostgresExtension("unaccent");
        builder.HasSequence<long>(ContactConfiguration.MemberNumberSequence).StartsAt(100001);
        builder.HasSequence<long>(PaymentBatchConfiguration.NumberSequence);
        builder.HasSequence<long>(BankDepositConfiguration.NumberSequence);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that the database stays readable and reordering members is harmless.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
