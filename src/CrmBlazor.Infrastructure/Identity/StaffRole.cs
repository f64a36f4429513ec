using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Infrastructure.Identity;

public sealed class StaffRole : IdentityRole<Guid>
{
    public StaffRole()
    {
    }

    public StaffRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
        NormalizedName = name.ToUpperInvariant();
    }
}
