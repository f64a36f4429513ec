namespace CrmBlazor.Domain.Journal;

/// <summary>One field of one row: its value before and after (null when absent).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
