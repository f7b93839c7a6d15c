// The botbuilder-js peer: what the official SDK does for the same protocol work as SupportBot.
// A 3-step waterfall with prompts (text, confirm, choice) over MemoryStorage, CloudAdapter on express.
'use strict';
const express = require('express');
const {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, ActivityHandler,
} = require('botbuilder');
const {
  DialogSet, DialogTurnStatus, WaterfallDialog, TextPrompt, ConfirmPrompt, ChoicePrompt, ListStyle,
} = require('botbuilder-dialogs');

const port = Number(process.argv[2] || process.env.PORT || 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(error);
  await context.sendActivity('error');
};

const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty('dialogState');
const dialogs = new DialogSet(dialogState);
dialogs.add(new TextPrompt('text'));
dialogs.add(new ConfirmPrompt('confirm'));
dialogs.add(new ChoicePrompt('choice'));
dialogs.add(new WaterfallDialog('support', [
  async (step) => step.prompt('text', 'What is the problem?'),
  async (step) => step.prompt('confirm', 'Do you know the email address of the account?'),
  async (step) => step.prompt('choice', { prompt: 'Did it work?', choices: ['Yes', 'No'], style: ListStyle.suggestedAction }),
  async (step) => step.endDialog(),
]));

class PeerBot extends ActivityHandler {
  constructor() {
    super();
    this.onTurn(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await dc.beginDialog('support');
      }
      await conversationState.saveChanges(context, false);
      await next();
    });
  }
}
const bot = new PeerBot();

const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
