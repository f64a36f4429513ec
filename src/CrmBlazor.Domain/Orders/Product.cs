using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Orders;

/// <summary>An item of the catalogue (calendar, book…) that donors order.</summary>
public sealed class Product
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    private Product()
    {
    }

    public long Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public decimal UnitPrice { get; private set; }

    public bool IsActive { get; private set; }

    public uint Version { get; private set; }

    public static Product Create(string code, string name, decimal unitPrice)
    {
        var product = new Product { Code = NormalizeCode(code), IsActive = true };
        product.Describe(name, unitPrice);
        return product;
    }

    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public void Describe(string name, decimal unitPrice)
    {
        if (!MoneyLimits.IsValidAmount(unitPrice))
        {
            throw new DomainException("Le prix doit être positif, en euros et centimes.");
        }

        Name = name.Trim();
        UnitPrice = unitPrice;
    }

    public void Withdraw() => IsActive = false;

    public void Reinstate() => IsActive = true;
}
