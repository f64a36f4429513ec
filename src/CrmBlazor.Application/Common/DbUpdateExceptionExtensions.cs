using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.Application.Common;

public static class DbUpdateExceptionExtensions
{
    /// <summary>A unique index refused the row: someone saved the same thing a moment earlier.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
