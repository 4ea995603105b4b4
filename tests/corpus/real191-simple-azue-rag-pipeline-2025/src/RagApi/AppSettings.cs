public class AppSettings
{
    public string SearchServiceEndpoint { get; set; }
    public string SearchApiKey { get; set; }
    public string SearchIndexName { get; set; }
    public string OpenAIEndpoint { get; set; }
    public string OpenAIApiKey { get; set; }
    public string OpenAIModel { get; set; }
}
