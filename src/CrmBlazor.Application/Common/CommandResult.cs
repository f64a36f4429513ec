namespace CrmBlazor.Application.Common;

/// <summary>The outcome of a command: success, or the French messages to show.</summary>
public sealed record CommandResult(IReadOnlyList<string> Errors)
{
    public static CommandResult Ok { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CommandResult Fail(params string[] errors) => new(errors);
}

/// <summary>A command that returns a value when it succeeds.</summary>
public sealed record CommandResult<T>(T? Value, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CommandResult<T> Ok(T value) => new(value, []);

    public static CommandResult<T> Fail(params string[] errors) => new(default, errors);
}
