using FluentValidation.Results;

namespace CrmBlazor.Application.Common;

public static class ValidationResultExtensions
{
    public static CommandResult ToCommandResult(this ValidationResult validation) =>
        validation.IsValid ? CommandResult.Ok : new CommandResult(validation.Errors.Select(e => e.ErrorMessage).Distinct().ToList());

    public static CommandResult<T> ToFailure<T>(this ValidationResult validation) =>
        new(default, validation.Errors.Select(e => e.ErrorMessage).Distinct().ToList());
}
