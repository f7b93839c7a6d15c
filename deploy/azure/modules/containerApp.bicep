// The bot container on Azure Container Apps: several replicas behind HTTPS ingress,
// liveness on /healthz, readiness on /readyz, secrets read from Key Vault with the
// bot's own identity. Settings use the bot's configuration keys ("__" = ":").

param location string
param name string
param tags object

param environmentId string

@description('Image to run, e.g. myregistry.azurecr.io/supportbot:1.0.0.')
param image string

@description('Registry to pull from with the identity (needs AcrPull); empty for a public image.')
param registryServer string

param identityId string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

param appId string
param appTenantId string

@description('Key Vault URIs of the secrets; appCredentialUri is empty for UserAssignedMSI.')
param storageConnectionStringUri string
param appCredentialUri string
param directLineSecretUri string

@description('The bot\'s public address: the embedded Direct Line builds its stream URLs from it, never from a request\'s Host header.')
param publicUrl string

param appInsightsConnectionString string

@minValue(1)
param minReplicas int

@minValue(1)
param maxReplicas int

@description('Concurrent HTTP requests per replica before another replica is added.')
param concurrentRequestsPerReplica int

// Must match ASPNETCORE_HTTP_PORTS in deploy/container/Dockerfile.
var port = 3978

var keyVaultSecrets = concat(
  [
    {
      name: 'storage-connection-string'
      keyVaultUrl: storageConnectionStringUri
      identity: identityId
    }
    {
      name: 'directline-secret'
      keyVaultUrl: directLineSecretUri
      identity: identityId
    }
  ],
  empty(appCredentialUri)
    ? []
    : [
        {
          name: 'microsoft-app-password'
          keyVaultUrl: appCredentialUri
          identity: identityId
        }
      ]
)

var settings = concat(
  [
    { name: 'MicrosoftAppType', value: appType }
    { name: 'MicrosoftAppId', value: appId }
    { name: 'MicrosoftAppTenantId', value: appTenantId }
    { name: 'Storage__Provider', value: 'Postgres' }
    { name: 'Storage__ConnectionString', secretRef: 'storage-connection-string' }
    { name: 'DirectLine__Secret', secretRef: 'directline-secret' }
    { name: 'DirectLine__PublicUrl', value: publicUrl }
    { name: 'Serilog__Format', value: 'Json' }
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  ],
  empty(appCredentialUri) ? [] : [{ name: 'MicrosoftAppPassword', secretRef: 'microsoft-app-password' }]
)

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer)
        ? []
        : [
            {
              server: registryServer
              identity: identityId
            }
          ]
      secrets: keyVaultSecrets
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: settings
          probes: [
            {
              // Generous start-up window: the first replica loads content and models.
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 3
              failureThreshold: 20
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: port
              }
              periodSeconds: 5
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequestsPerReplica)
              }
            }
          }
        ]
      }
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
