using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Application.Common;

public static class IdentityResultExtensions
{
    public static CommandResult ToCommandResult(this IdentityResult result) =>
        result.Succeeded ? CommandResult.Ok : new CommandResult(result.Errors.Select(e => e.Description).ToList());
}
