// Lets the bot's identity pull images from an Azure Container Registry in this resource
// group. The container app takes the registry's login server from this module's output,
// so it is created only after the pull permission exists.

@description('Name of an existing Azure Container Registry in this resource group.')
param registryName string

param principalId string

// Built-in role "AcrPull".
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, principalId, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// A module's outputs are available only once all of it, role assignment included, is deployed.
output loginServer string = registry.properties.loginServer
