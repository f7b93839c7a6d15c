// SupportBot on Azure: Azure Bot (Teams, Slack, Direct Line) → bot container on Azure
// Container Apps (several replicas) → PostgreSQL for shared conversation state; secrets
// in Key Vault, logs in Log Analytics / Application Insights. Deploy into a resource group:
//   az deployment group create -g <rg> -f main.bicep -p main.bicepparam
// See README.md beside this file.

targetScope = 'resourceGroup'

@description('Azure region for everything except the bot resource, which is global.')
param location string = resourceGroup().location

@description('Short prefix for resource names (lowercase letters, digits, hyphens).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'supportbot'

param tags object = {
  application: 'SupportBot'
}

@description('Globally unique bot handle (Slack\'s event URL contains it).')
param botName string = '${namePrefix}-${uniqueString(resourceGroup().id)}'

param botDisplayName string = 'SupportBot'

@description('Azure Bot pricing tier. F0 is fine to try; S1 for production traffic.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('UserAssignedMSI: no secret to rotate, the container\'s identity is the bot. SingleTenant: an Entra app registration with a client secret.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant only: Application (client) ID of the bot\'s app registration.')
param microsoftAppId string = ''

@secure()
@description('SingleTenant only: client secret of the bot\'s app registration.')
param microsoftAppPassword string = ''

@description('SingleTenant only: tenant of the app registration.')
param microsoftAppTenantId string = tenant().tenantId

@description('Bot image built from deploy/container/Dockerfile, e.g. myregistry.azurecr.io/supportbot:1.0.0.')
param containerImage string

@description('Azure Container Registry in this resource group holding the image; the bot\'s identity gets AcrPull on it. Empty for a public image.')
param containerRegistryName string = ''

@minValue(1)
param minReplicas int = 2

@minValue(1)
param maxReplicas int = 5

param concurrentRequestsPerReplica int = 50

param postgresAdministratorLogin string = 'supportbot_admin'

@secure()
@description('PostgreSQL administrator password; avoid ; \' and " (it goes into a connection string).')
param postgresAdministratorPassword string

param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@allowed([
  'Disabled'
  'ZoneRedundant'
  'SameZone'
])
param postgresHighAvailability string = 'Disabled'

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Turn on once the Slack app exists (deploy/slack/README.md) and its credentials are set.')
param enableSlack bool = false

param slackClientId string = ''

@secure()
param slackClientSecret string = ''

@secure()
param slackVerificationToken string = ''

@secure()
param slackSigningSecret string = ''

@description('Origins of the web page that embeds the chat, e.g. https://support.example.com.')
param directLineTrustedOrigins string[] = []

var appName = '${namePrefix}-bot'
var databaseName = 'supportbot'
var isManagedIdentity = microsoftAppType == 'UserAssignedMSI'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    namePrefix: namePrefix
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    name: '${namePrefix}-pg-${uniqueString(resourceGroup().id)}'
    tags: tags
    databaseName: databaseName
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    highAvailabilityMode: postgresHighAvailability
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: 'kv${uniqueString(resourceGroup().id, namePrefix)}'
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    storageConnectionString: 'Host=${postgres.outputs.fullyQualifiedDomainName};Port=5432;Database=${postgres.outputs.databaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=Require'
    storeMicrosoftAppPassword: !isManagedIdentity
    microsoftAppPassword: microsoftAppPassword
  }
}

module environment 'modules/containerEnvironment.bicep' = {
  name: 'containerEnvironment'
  params: {
    location: location
    name: '${namePrefix}-env'
    tags: tags
    logAnalyticsWorkspaceName: monitoring.outputs.workspaceName
  }
}

var appId = isManagedIdentity ? identity.outputs.clientId : microsoftAppId
var appTenantId = isManagedIdentity ? identity.outputs.tenantId : microsoftAppTenantId

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: botName
    displayName: botDisplayName
    tags: tags
    // Container Apps host names are <app>.<environment default domain>, known before the app exists.
    messagingEndpoint: 'https://${appName}.${environment.outputs.defaultDomain}/api/messages'
    appType: microsoftAppType
    appId: appId
    appTenantId: appTenantId
    msiResourceId: identity.outputs.id
    sku: botSku
    enableSlack: enableSlack
    slackClientId: slackClientId
    slackClientSecret: slackClientSecret
    slackVerificationToken: slackVerificationToken
    slackSigningSecret: slackSigningSecret
    directLineTrustedOrigins: directLineTrustedOrigins
    keyVaultName: keyVault.outputs.name
  }
}

module registryAccess 'modules/registryAccess.bicep' = if (!empty(containerRegistryName)) {
  name: 'registryAccess'
  params: {
    registryName: containerRegistryName
    principalId: identity.outputs.principalId
  }
}

module app 'modules/containerApp.bicep' = {
  // Using keyVault's outputs makes this wait for the whole keyVault module, role assignment
  // included, so no replica starts before it may read its secrets.
  name: 'containerApp'
  params: {
    location: location
    name: appName
    tags: tags
    environmentId: environment.outputs.id
    image: containerImage
    registryServer: empty(containerRegistryName) ? '' : registryAccess!.outputs.loginServer
    identityId: identity.outputs.id
    appType: microsoftAppType
    appId: appId
    appTenantId: appTenantId
    storageConnectionStringUri: keyVault.outputs.storageConnectionStringUri
    appCredentialUri: keyVault.outputs.appCredentialUri
    directLineSecretUri: bot.outputs.directLineSecretUri
    publicUrl: 'https://${appName}.${environment.outputs.defaultDomain}/'
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    concurrentRequestsPerReplica: concurrentRequestsPerReplica
  }
}

output botName string = bot.outputs.name
output messagingEndpoint string = 'https://${app.outputs.fqdn}/api/messages'
output keyVaultName string = keyVault.outputs.name
output botIdentityClientId string = identity.outputs.clientId
output slackEventsUrl string = 'https://slack.botframework.com/api/Events/${bot.outputs.name}'
