namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>One application and one database for every integration test; the tests of the collection run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class IntegrationCollection : ICollectionFixture<CrmAppFixture>
{
    public const string Name = "CRM application on PostgreSQL";
}
