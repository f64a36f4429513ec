using System.Globalization;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Deposits;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Deposits;

/// <summary>Takes validated batches to the bank on <paramref name="DepositedOn"/>.</summary>
public sealed record PrepareDepositCommand(IReadOnlyList<long> BatchIds, DateOnly DepositedOn);

public sealed record PreparedDeposit(long Id, long Number, long SlipDocumentId);

public sealed class PrepareDepositValidator : AbstractValidator<PrepareDepositCommand>
{
    public PrepareDepositValidator() => RuleFor(c => c.BatchIds).NotEmpty().WithMessage(Messages.Deposit_NoBatch);
}

/// <summary>
/// Prepares a bank deposit: the batches join it, its totals come from their payments (cancelled ones left out), and
/// its slip — the organisation's bank and account, every cheque, the totals — is drawn and kept as a document.
/// All in one transaction, with the batches locked so that no batch goes into two deposits.
/// </summary>
public sealed class PrepareDepositHandler(
    IDbContextFactory<AppDbContext> dbFactory,
    IDocumentStore documents,
    TimeProvider clock,
    ActorContext actor,
    IValidator<PrepareDepositCommand> validator)
{
    /// <summary>The renderer keeps no state: one for every deposit.</summary>
    private static readonly DepositSlipPdfRenderer Renderer = new();

    public async Task<CommandResult<PreparedDeposit>> HandleAsync(PrepareDepositCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<PreparedDeposit>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var profile = await OrganisationProfiles.LatestAsync(db, ct);
        if (profile is null)
        {
            return CommandResult<PreparedDeposit>.Fail(Messages.Deposit_NoOrganisation);
        }

        var ids = command.BatchIds.Distinct().ToArray();
        var batches = await db.PaymentBatches
            .FromSql($"SELECT *, xmin FROM payment_batches WHERE id = ANY({ids}) ORDER BY number FOR UPDATE")
            .ToListAsync(ct);
        if (batches.Count != ids.Length)
        {
            return CommandResult<PreparedDeposit>.Fail(Messages.Batch_Unknown);
        }

        var now = clock.GetUtcNow();
        var deposit = BankDeposit.Prepare(command.DepositedOn, actor.Current.Name, now);
        try
        {
            db.BankDeposits.Add(deposit);
            foreach (var batch in batches)
            {
                batch.PutInto(deposit);
            }
        }
        catch (DomainException ex)
        {
            return CommandResult<PreparedDeposit>.Fail(ex.Message);
        }

        var payments = await DepositedPaymentsAsync(db, ids, ct);
        deposit.Tally(payments.Select(p => (p.Method, p.Amount)));
        await db.SaveChangesAsync(ct);

        // The slip prints the deposit's number, which the database gives on insert: drawn after the first save.
        var bytes = Renderer.Render(SlipOf(profile, deposit, batches, payments));
        var key = await documents.PutAsync(db, bytes, ct);
        var number = deposit.Number.ToString(CultureInfo.InvariantCulture);
        var slip = Document.Stored(
            null, DocumentKind.DepositSlip, string.Format(Messages.Deposit_SlipTitle, number), string.Format(Messages.Deposit_SlipFileName, number),
            "application/pdf", bytes.Length, key, now, actor.Current.Name);
        db.Documents.Add(slip);
        deposit.AttachSlip(slip.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<PreparedDeposit>.Ok(new PreparedDeposit(deposit.Id, deposit.Number, slip.Id));
    }

    private sealed record DepositedPayment(PaymentMethod Method, decimal Amount, string? Bank, string? ChequeNumber, string DrawerName);

    private static async Task<List<DepositedPayment>> DepositedPaymentsAsync(AppDbContext db, long[] batchIds, CancellationToken ct)
    {
        var rows = await db.Payments.AsNoTracking()
            .Where(p => p.BatchId != null && batchIds.Contains(p.BatchId.Value) && p.Status != PaymentStatus.Cancelled)
            .OrderBy(p => p.BatchId).ThenBy(p => p.EnteredAt).ThenBy(p => p.Id)
            .Join(db.Contacts, p => p.ContactId, c => c.Id, (p, c) => new
            {
                p.Method, p.Amount, p.ChequeBank, p.ChequeNumber, p.Drawer, c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName,
            })
            .ToListAsync(ct);
        return rows.Select(r => new DepositedPayment(
                r.Method, r.Amount, r.ChequeBank, r.ChequeNumber,
                r.Drawer ?? ContactNames.Display(r.Kind, r.Civility, r.FirstName, r.LastName, r.OrganisationName)))
            .ToList();
    }

    private static DepositSlip SlipOf(
        Domain.Organisation.OrganisationProfile profile, BankDeposit deposit, List<PaymentBatch> batches, List<DepositedPayment> payments) =>
        new(
            profile.Name, profile.BankName, profile.AccountHolder, profile.Iban, profile.Bic,
            deposit.Number.ToString(CultureInfo.InvariantCulture), deposit.DepositedOn,
            [.. batches.Select(b => b.Number.ToString(CultureInfo.InvariantCulture))],
            [.. payments.Where(p => p.Method == PaymentMethod.Cheque).Select(p => new DepositSlipCheque(p.DrawerName, p.Bank!, p.ChequeNumber!, p.Amount))],
            deposit.CashTotal, deposit.CashCount);
}
