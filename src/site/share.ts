/**
 * Share links for the networks people in Kazakhstan use. Instagram has no share URL: its story
 * is shared by downloading the vertical card (see the event page).
 */
export const SHARE_NETWORKS = ['telegram', 'whatsapp', 'vk', 'facebook'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export const SHARE_NETWORK_NAMES: Record<ShareNetwork, string> = {
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  vk: 'VK',
  facebook: 'Facebook',
};

/** The share URL of a page (absolute `url`) with its title, on one network. */
export function shareUrl(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  switch (network) {
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${text}`;
    case 'whatsapp':
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case 'vk':
      return `https://vk.com/share.php?url=${u}&title=${text}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
  }
}
