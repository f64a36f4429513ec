using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Memberships;

/// <summary>A kind of membership the association sells (adhésion individuelle, couple, bienfaiteur…), set up by an administrator.</summary>
public sealed class MembershipType
{
    private MembershipType()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public decimal Fee { get; private set; }

    public MembershipKind Kind { get; private set; }

    /// <summary>Calendar year only: joining on or after this day of the year runs to the end of the next year.</summary>
    public int? RolloverMonth { get; private set; }

    public int? RolloverDay { get; private set; }

    public int GraceMonths { get; private set; }

    public bool IsActive { get; private set; }

    public uint Version { get; private set; }

    public MonthDay? Rollover => RolloverMonth is { } month && RolloverDay is { } day ? new MonthDay(month, day) : null;

    public MembershipPlan Plan => new(Kind, Rollover, GraceMonths);

    public static MembershipType Create(string name, decimal fee, MembershipKind kind, MonthDay? rollover, int graceMonths)
    {
        var type = new MembershipType { IsActive = true };
        type.Edit(name, fee, kind, rollover, graceMonths);
        return type;
    }

    public void Edit(string name, decimal fee, MembershipKind kind, MonthDay? rollover, int graceMonths)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MembershipLimits.TypeNameMaxLength)
        {
            throw new DomainException($"Le nom du type d'adhésion est obligatoire ({MembershipLimits.TypeNameMaxLength} caractères au plus).");
        }

        if (!MoneyLimits.IsValidAmount(fee))
        {
            throw new DomainException("La cotisation doit être un montant positif, en euros et centimes.");
        }

        if (rollover is { IsValid: false })
        {
            throw new DomainException("La date de bascule n'est pas un jour de l'année valide (le 1er janvier n'en est pas une).");
        }

        if (rollover is not null && kind != MembershipKind.CalendarYear)
        {
            throw new DomainException("Seule une adhésion à l'année civile a une date de bascule.");
        }

        if (graceMonths is < 0 or > MembershipLimits.MaxGraceMonths)
        {
            throw new DomainException($"Le délai de grâce est de 0 à {MembershipLimits.MaxGraceMonths} mois.");
        }

        Name = name.Trim();
        Fee = fee;
        Kind = kind;
        RolloverMonth = rollover?.Month;
        RolloverDay = rollover?.Day;
        GraceMonths = graceMonths;
    }

    public void SetActive(bool active) => IsActive = active;
}
