using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(StaffUser.EmailMaxLength);
        builder.Property(u => u.CreatedAt).IsRequired();
    }
}

public sealed class StaffRoleConfiguration : IEntityTypeConfiguration<StaffRole>
{
    public void Configure(EntityTypeBuilder<StaffRole> builder)
    {
        builder.ToTable("staff_roles");

        // The three roles are part of the schema: code refers to them by name and they never change.
        builder.HasData(
            Role("0195f0e0-0000-7000-8000-000000000001", StaffRoles.Operator),
            Role("0195f0e0-0000-7000-8000-000000000002", StaffRoles.Supervisor),
            Role("0195f0e0-0000-7000-8000-000000000003", StaffRoles.Administrator));
    }

    private static StaffRole Role(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}

public sealed class StaffUserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> builder) => builder.ToTable("staff_user_roles");
}

public sealed class StaffUserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("staff_user_claims");
}

public sealed class StaffUserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("staff_user_logins");
}

public sealed class StaffUserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("staff_user_tokens");
}

public sealed class StaffRoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> builder) => builder.ToTable("staff_role_claims");
}
