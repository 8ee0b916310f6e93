using CrashSearch.SearchApi.Access;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// <c>GET</c> and <c>POST /graphql</c> per the GraphQL-over-HTTP draft, over GraphQL.NET's document executer
/// (GraphQL.Server is not available to us).
/// </summary>
internal static class GraphQLEndpoint
{
    public const string Route = "/graphql";

    public static IEndpointRouteBuilder MapCrashSearchGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Route, HandleAsync).WithDisplayName("GraphQL");
        return endpoints;
    }

    static async Task HandleAsync(
        HttpContext http,
        IDocumentExecuter<CrashSearchSchema> executer,
        IGraphQLSerializer serializer,
        CrashSearchSchema schema,
        CallerPermissionsResolver permissions,
        IOptions<GraphQLOptions> options)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (isGet && !http.Request.Query.ContainsKey("query") && AcceptsHtml(http.Request))
        {
            // A person who opened the endpoint in a browser wants the IDE.
            http.Response.Redirect("/graphiql");
            return;
        }
        var format = GraphQLResponseFormat.Negotiate(http.Request);
        if (format is null)
        {
            await WriteAsync(http, serializer, GraphQLResponseFormat.LegacyJson, StatusCodes.Status406NotAcceptable,
                Failure("Accept application/graphql-response+json or application/json."));
            return;
        }
        var read = await GraphQLRequestReader.ReadAsync(http.Request, serializer, options.Value.MaxRequestBytes, http.RequestAborted);
        if (read.Request is not { } request)
        {
            await WriteAsync(http, serializer, format, read.FailureStatus, Failure(read.Failure!));
            return;
        }
        var limits = options.Value;
        // One deadline for the whole request: parsing and the document limits are linear, but they still count.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.Timeout);
        ExecutionResult result;
        try
        {
            var refusal = DocumentGate.Admit(
                request.Query!, request.OperationName, isGet, schema, limits, deadline.Token, out var document);
            result = refusal is not null
                ? new ExecutionResult { Errors = [refusal] }
                : await executer.ExecuteAsync(new ExecutionOptions
                {
                    Query = request.Query,
                    Document = document,
                    OperationName = request.OperationName,
                    Variables = request.Variables,
                    Extensions = request.Extensions,
                    RequestServices = http.RequestServices,
                    User = http.User,
                    UserContext = new GraphQLUserContext(permissions.Resolve(http)),
                    CancellationToken = deadline.Token,
                });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone; nobody reads an answer.
            return;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            result = new ExecutionResult { Errors = [new TimeoutError()] };
        }
        await WriteAsync(http, serializer, format, StatusOf(result, format, http.Response), result);
    }

    /// <summary>
    /// 200 once execution started (field errors travel in the body); for a document that could not run, 400
    /// under application/graphql-response+json and 200 for legacy application/json clients; 405 for a mutation
    /// over GET; 504 when the execution timed out.
    /// </summary>
    static int StatusOf(ExecutionResult result, GraphQLResponseFormat format, HttpResponse response)
    {
        if (result.Executed)
            return StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e is NotAQueryOverGetError) == true)
        {
            response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }
        if (!format.StatusFollowsErrors)
            return StatusCodes.Status200OK;
        return result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status400BadRequest;
    }

    static ExecutionResult Failure(string message) =>
        new() { Errors = [new ExecutionError(message) { Code = ErrorCodes.BadRequest }] };

    static async Task WriteAsync(HttpContext http, IGraphQLSerializer serializer, GraphQLResponseFormat format, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = format.ContentType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
