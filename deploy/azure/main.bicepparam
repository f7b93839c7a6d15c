// Parameters for main.bicep. Secrets come from environment variables so none is committed:
//   export POSTGRES_ADMIN_PASSWORD=...            (required)
//   export MICROSOFT_APP_PASSWORD=...             (SingleTenant only)
//   export SLACK_CLIENT_SECRET=... SLACK_VERIFICATION_TOKEN=... SLACK_SIGNING_SECRET=...
//   az deployment group create -g <rg> -f main.bicep -p main.bicepparam
using './main.bicep'

param namePrefix = 'supportbot'
param botDisplayName = 'SupportBot'
param botSku = 'S1'

// UserAssignedMSI needs no app id or secret; for SingleTenant set microsoftAppId too.
param microsoftAppType = 'UserAssignedMSI'
param microsoftAppId = ''
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')

param containerImage = 'myregistry.azurecr.io/supportbot:1.0.0'
param containerRegistryName = 'myregistry'
param minReplicas = 2
param maxReplicas = 5

param postgresAdministratorPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'

param enableSlack = false
param slackClientId = ''
param slackClientSecret = readEnvironmentVariable('SLACK_CLIENT_SECRET', '')
param slackVerificationToken = readEnvironmentVariable('SLACK_VERIFICATION_TOKEN', '')
param slackSigningSecret = readEnvironmentVariable('SLACK_SIGNING_SECRET', '')

param directLineTrustedOrigins = [
  'https://support.example.com'
]
