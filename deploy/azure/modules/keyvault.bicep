// Key Vault for the bot's secrets. RBAC-authorised: only the bot's identity may read them.
// The container app refers to each secret by its versionless URI, so rotating a secret here
// reaches the replicas without a redeployment.

param location string
param name string
param tags object

@description('Principal id of the identity that runs the bot container.')
param readerPrincipalId string

@secure()
@description('Npgsql connection string of the conversation-state database.')
param storageConnectionString string

@description('True when the bot authenticates with an app registration\'s client secret (SingleTenant).')
param storeMicrosoftAppPassword bool

@secure()
@description('Client secret of the bot\'s app registration; ignored unless storeMicrosoftAppPassword.')
param microsoftAppPassword string

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: storageConnectionString
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeMicrosoftAppPassword) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

output name string = vault.name
output storageConnectionStringUri string = storageSecret.properties.secretUri
// Named without "password": the value is a Key Vault URI, not the credential.
output appCredentialUri string = storeMicrosoftAppPassword ? appPasswordSecret!.properties.secretUri : ''
