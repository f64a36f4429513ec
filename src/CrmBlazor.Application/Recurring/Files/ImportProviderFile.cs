using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;
using FluentValidation;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>A supervisor imports a file received from PayZen, PayPal or the bank.</summary>
public sealed record ImportProviderFileCommand(ProviderFileKind Kind, string FileName, byte[] Content)
{
    /// <summary>PayPal splits its downloads at 50,000 rows, about 25 MB: a file above this is not one of ours.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;
}

public sealed class ImportProviderFileValidator : AbstractValidator<ImportProviderFileCommand>
{
    public ImportProviderFileValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.FileName).NotEmpty().WithMessage(Messages.ProviderFile_FileNameRequired);
        RuleFor(c => c.Content).NotEmpty().WithMessage(Messages.ProviderFile_Empty)
            .Must(c => c.LongLength <= ImportProviderFileCommand.MaxBytes)
            .WithMessage(string.Format(Messages.ProviderFile_TooLarge, ImportProviderFileCommand.MaxBytes / (1024 * 1024)));
    }
}

public sealed class ImportProviderFileHandler(ProviderFileImporter importer, IValidator<ImportProviderFileCommand> validator)
{
    public async Task<CommandResult<ProviderImportReport>> HandleAsync(ImportProviderFileCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<ProviderImportReport>();
        }

        return await importer.ImportAsync(command.Kind, Path.GetFileName(command.FileName.Trim()), command.Content, ct);
    }
}
