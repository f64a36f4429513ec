namespace CrmBlazor.Domain.Journal;

/// <summary>
/// Marks operational data (job runs, the journal itself) whose changes are not domain changes,
/// so the journal does not record them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotJournaledAttribute : Attribute;
