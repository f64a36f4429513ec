namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>The receipt's grid on the A4 sheet, in millimetres.</summary>
internal static class ReceiptPage
{
    public const double Left = 15;
    public const double Right = 195;
    public const double Width = Right - Left;

    /// <summary>Below the envelope window's lowest possible edge on the folded sheet.</summary>
    public const double BlocksTop = 95;

    public const double Bottom = 288;

    /// <summary>Inner margin of a framed block.</summary>
    public const double Padding = 2;

    public const double ContentLeft = Left + Padding;
    public const double ContentWidth = Width - 2 * Padding;
    public const double BlockGap = 2.5;
}
