/** How an online platform named in an event's `online.platform` is written for people. */
const PLATFORM_NAMES: Record<string, string> = {
  zoom: 'Zoom',
  meet: 'Google Meet',
  'google-meet': 'Google Meet',
  teams: 'Microsoft Teams',
  youtube: 'YouTube',
  telegram: 'Telegram',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  vk: 'VK',
  webex: 'Webex',
};

/** The platform's usual spelling; an unknown one is shown as written in the file. */
export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform.toLowerCase()] ?? platform;
}
