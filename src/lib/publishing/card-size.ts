/** Social cards are 1200x630, the size Open Graph and Twitter's large card both expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
