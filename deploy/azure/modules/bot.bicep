// The Azure Bot resource and the channels users reach it through: Teams, Slack and
// Direct Line (the web page). The Direct Line secret is copied into Key Vault so the bot
// can mint short-lived tokens for the page without the secret ever reaching a browser.

@description('Globally unique bot handle; also appears in the Slack event URL.')
param name string

param displayName string
param tags object

@description('HTTPS URL of the bot\'s /api/messages endpoint.')
param messagingEndpoint string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

param appId string
param appTenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param msiResourceId string

@allowed([
  'F0'
  'S1'
])
param sku string

param enableSlack bool

@description('Slack app Client ID (Basic Information page of the Slack app).')
param slackClientId string

@secure()
param slackClientSecret string

@secure()
param slackVerificationToken string

@secure()
param slackSigningSecret string

@description('Origins allowed to use Direct Line tokens (e.g. https://support.example.com); empty disables enhanced authentication.')
param directLineTrustedOrigins string[]

@description('Key Vault that receives the Direct Line secret.')
param keyVaultName string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: appTenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? msiResourceId : null
    disableLocalAuth: false
  }

  resource teams 'channels' = {
    name: 'MsTeamsChannel'
    location: 'global'
    properties: {
      channelName: 'MsTeamsChannel'
      properties: {
        isEnabled: true
        deploymentEnvironment: 'CommercialDeployment'
      }
    }
  }

  resource slack 'channels' = if (enableSlack) {
    name: 'SlackChannel'
    location: 'global'
    properties: {
      channelName: 'SlackChannel'
      properties: {
        isEnabled: true
        clientId: slackClientId
        clientSecret: slackClientSecret
        verificationToken: slackVerificationToken
        signingSecret: slackSigningSecret
      }
    }
  }

  resource directLine 'channels' = {
    name: 'DirectLineChannel'
    location: 'global'
    properties: {
      channelName: 'DirectLineChannel'
      properties: {
        sites: [
          {
            siteName: 'Web page'
            isEnabled: true
            isV1Enabled: false
            isV3Enabled: true
            isSecureSiteEnabled: !empty(directLineTrustedOrigins)
            trustedOrigins: directLineTrustedOrigins
            isBlockUserUploadEnabled: true
          }
        ]
      }
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-secret'
  properties: {
    value: bot::directLine.listChannelWithKeys().setting.sites[0].key
  }
}

output name string = bot.name
output directLineSecretUri string = directLineSecret.properties.secretUri
