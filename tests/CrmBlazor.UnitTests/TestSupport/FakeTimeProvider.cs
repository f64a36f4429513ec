namespace CrmBlazor.UnitTests.TestSupport;

/// <summary>
/// A clock that stands still until told to move, for code that takes a <see cref="TimeProvider"/>.
/// Its local time zone is configurable so tests can prove code does not depend on the machine's zone.
/// </summary>
internal sealed class FakeTimeProvider(DateTimeOffset utcNow, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    private DateTimeOffset _utcNow = utcNow.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = localTimeZone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public void SetUtcNow(DateTimeOffset value) => _utcNow = value.ToUniversalTime();

    public void Advance(TimeSpan delta) => _utcNow += delta;
}
