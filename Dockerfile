# syntax=docker/dockerfile:1
# Production image of CrmBlazor. Built by docker-compose.yml, or by hand:
#   docker build -t crmblazor .
# The app needs ConnectionStrings__Crm (Npgsql format) at run time.

# ---- build ------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Whole source rather than csproj-first layering: the project list changes while
# the app grows, and a forgotten csproj line would break the image silently. The
# NuGet cache mount keeps rebuilds fast anyway. .dockerignore keeps tests,
# bin/obj and local data out of the context.
COPY . .
RUN --mount=type=cache,id=crmblazor-nuget,target=/root/.nuget/packages \
    dotnet publish src/CrmBlazor.Web/CrmBlazor.Web.csproj \
        -c Release -o /app -p:UseAppHost=false -nologo

# ---- runtime ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# PDF documents are rendered with system fonts; the base image ships none.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        fonts-dejavu-core fonts-liberation2 fontconfig \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app .

# URLS replaces the image's default HTTP_PORTS; emptying the latter avoids the
# "Overriding HTTP_PORTS" warning at every start.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
EXPOSE 8080

# The .NET images define a non-root "app" user; APP_UID is its numeric id, which
# also satisfies "runAsNonRoot" checks that cannot resolve user names.
USER $APP_UID

ENTRYPOINT ["dotnet", "CrmBlazor.Web.dll"]
